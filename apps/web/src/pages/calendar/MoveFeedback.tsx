import { ApiError } from '../../api/api-error.ts';
import type { Post } from '../../api/schemas/post.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

interface MoveFeedbackProps {
  /** A move refused before asking the server (a time in the past). */
  problem: string | undefined;
  error: unknown;
  moved: Post | undefined;
}

/** What became of the last move: where the post now goes out, or why it stayed where it was. */
export function MoveFeedback({ problem, error, moved }: MoveFeedbackProps) {
  if (problem) {
    return (
      <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
        {problem}
      </p>
    );
  }
  if (error) {
    const apiError = error instanceof ApiError ? error : undefined;
    return (
      <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
        <p className="font-medium">The post was not moved: {apiError?.userMessage ?? 'something went wrong.'}</p>
        {apiError && apiError.issues.length > 0 && (
          <ul className="mt-1 list-inside list-disc">
            {apiError.issues.map((issue) => (
              <li key={issue.field + issue.message}>{issue.message}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  if (moved?.scheduledAt) {
    return (
      <div className="mb-4">
        <StatusMessage>Moved: it now goes out {whenFormat.format(new Date(moved.scheduledAt))}.</StatusMessage>
      </div>
    );
  }
  return null;
}
