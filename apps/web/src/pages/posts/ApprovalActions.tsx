import { useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { approvePost } from '../../api/posts.ts';
import { Button } from '../../components/Button.tsx';
import { RejectForm } from './RejectForm.tsx';
import { usePostAction } from './use-post-action.ts';

/** Approve or reject a post awaiting approval (managers and above; the server checks too). */
export function ApprovalActions({ postId, label }: { postId: string; label: string }) {
  const [rejecting, setRejecting] = useState(false);
  const approve = usePostAction(() => approvePost(postId));
  return (
    <div className="flex flex-wrap items-center gap-2">
      {!rejecting && (
        <>
          <Button busy={approve.isPending} busyLabel="Approving…" onClick={() => approve.mutate()}>
            Approve<span className="sr-only"> {label}</span>
          </Button>
          <Button variant="danger" disabled={approve.isPending} onClick={() => setRejecting(true)}>
            Reject<span className="sr-only"> {label}</span>
          </Button>
        </>
      )}
      {approve.error ? (
        <p role="alert" className="text-sm text-red-700">
          {approve.error instanceof ApiError ? approve.error.userMessage : 'Approving failed.'}
        </p>
      ) : null}
      {rejecting && <RejectForm postId={postId} onClose={() => setRejecting(false)} />}
    </div>
  );
}
