import { Link } from 'react-router';
import type { BulkScheduleResult } from '../../api/schemas/post-batch.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { postPath } from './post-links.ts';

interface BulkResultsProps {
  results: BulkScheduleResult[];
  /** Names the posts by their words; results only carry ids. */
  labelOf: (postId: string) => string;
}

/** Which posts were scheduled and when, and which were not and why. */
export function BulkResults({ results, labelOf }: BulkResultsProps) {
  const succeeded = results.filter((result) => result.ok).length;
  const failed = results.length - succeeded;
  return (
    <section aria-label="Scheduling results" className="mb-4 rounded-lg border border-neutral-200 bg-white p-4 text-sm shadow-sm">
      <p role="status" className="font-medium text-neutral-900">
        {succeeded} scheduled{failed > 0 ? `, ${failed} not scheduled` : ''}.
      </p>
      <ul className="mt-2 space-y-1">
        {results.map((result) => (
          <li key={result.postId} className={result.ok ? 'text-neutral-700' : 'text-red-800'}>
            <Link to={postPath(result.postId)} className="font-medium hover:underline">
              {labelOf(result.postId)}
            </Link>
            {result.ok ? (
              <span> · scheduled for {formatDateTime(result.post.scheduledAt)}</span>
            ) : (
              <>
                <span> · not scheduled: {result.error.message}</span>
                {result.error.fields.length > 0 && (
                  <ul className="ml-4 list-inside list-disc">
                    {result.error.fields.map((issue) => (
                      <li key={issue.field}>
                        {issue.field}: {issue.message}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
