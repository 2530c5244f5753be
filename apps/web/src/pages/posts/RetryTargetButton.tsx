import { ApiError } from '../../api/api-error.ts';
import { retryTarget } from '../../api/posts.ts';
import { Button } from '../../components/Button.tsx';
import { usePostAction } from './use-post-action.ts';

/** Sends a failed or held delivery to one account again; the server refuses it while the account is broken. */
export function RetryTargetButton({ postId, targetId, accountName }: { postId: string; targetId: string; accountName: string }) {
  const retry = usePostAction(() => retryTarget(postId, targetId));
  return (
    <div className="mt-2">
      <Button variant="secondary" className="px-2.5 py-1 text-xs" busy={retry.isPending} busyLabel="Retrying…" onClick={() => retry.mutate()}>
        Retry<span className="sr-only"> delivery to {accountName}</span>
      </Button>
      {retry.error ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {retry.error instanceof ApiError ? retry.error.userMessage : 'Retrying failed.'}
        </p>
      ) : null}
    </div>
  );
}
