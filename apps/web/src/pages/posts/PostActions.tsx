import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { cancelPost, deletePost, duplicatePost } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Post, PostStatus } from '../../api/schemas/post.ts';
import { Button } from '../../components/Button.tsx';
import { buttonClassName } from '../../components/button-styles.ts';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { editPostPath } from './post-links.ts';
import { usePostAction } from './use-post-action.ts';

const editable: readonly PostStatus[] = ['draft', 'pending_approval', 'approved', 'rejected'];
const deletable: readonly PostStatus[] = ['draft', 'pending_approval', 'approved', 'rejected', 'cancelled', 'failed'];

/** What can be done with the post now; the server has the last word on each. */
export function PostActions({ post }: { post: Post }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { can } = useCurrentOrganization();
  const cancel = usePostAction(() => cancelPost(post.id));
  const remove = useMutation({
    mutationFn: () => deletePost(post.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.post(post.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.posts });
      void navigate('/posts', { replace: true });
    },
  });
  // The copy is a new draft: it opens in the composer, ready to change and schedule again.
  const duplicate = useMutation({
    mutationFn: () => duplicatePost(post.id),
    onSuccess: (copy) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.posts });
      void navigate(editPostPath(copy.id), { state: { notice: 'This is a copy of the post, saved as a new draft.' } });
    },
  });
  const failure = cancel.error ?? remove.error ?? duplicate.error;
  if (!can('editor')) return null;

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        {editable.includes(post.status) && (
          <Link to={editPostPath(post.id)} className={buttonClassName(post.status === 'approved' ? 'primary' : 'secondary')}>
            {post.status === 'approved' ? 'Edit or schedule' : 'Edit'}
          </Link>
        )}
        {post.status === 'scheduled' && (
          <>
            <Link to={editPostPath(post.id)} className={buttonClassName('secondary')}>
              Reschedule
            </Link>
            <Button
              variant="danger"
              busy={cancel.isPending}
              busyLabel="Cancelling…"
              onClick={() => window.confirm('Cancel this post? It will not go out to any account that has not received it yet.') && cancel.mutate()}
            >
              Cancel post
            </Button>
          </>
        )}
        <Button variant="secondary" busy={duplicate.isPending} busyLabel="Duplicating…" onClick={() => duplicate.mutate()}>
          Duplicate
        </Button>
        {deletable.includes(post.status) && (
          <Button variant="danger" busy={remove.isPending} busyLabel="Deleting…" onClick={() => window.confirm('Delete this post for good?') && remove.mutate()}>
            Delete
          </Button>
        )}
      </div>
      {failure ? (
        <p role="alert" className="text-sm text-red-700">
          {failure instanceof ApiError ? failure.userMessage : 'That did not work.'}
        </p>
      ) : null}
    </div>
  );
}
