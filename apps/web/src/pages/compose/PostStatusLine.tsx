import type { Post } from '../../api/schemas/post.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { postStatusLabels } from '../../components/post-status-labels.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TextLink } from '../../components/TextLink.tsx';
import { postPath } from '../posts/post-links.ts';

/** Where the post stands, with what that means for editing it. */
export function PostStatusLine({ post }: { post: Post }) {
  const status = postStatusLabels[post.status];
  return (
    <div className="space-y-2 text-sm text-neutral-700">
      <p className="flex flex-wrap items-center gap-2">
        <span>Status:</span>
        <StatusBadge label={status.label} tone={status.tone} />
        <span className="text-neutral-500">version {post.version}</span>
        {post.scheduledAt && <span className="text-neutral-500">· publishes {formatDateTime(post.scheduledAt)}</span>}
        <TextLink to={postPath(post.id)}>View post</TextLink>
      </p>
      {post.status === 'rejected' && post.reviewComment && (
        <p role="note" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-800">
          <span className="font-medium">Rejected:</span> {post.reviewComment}
        </p>
      )}
      {post.status === 'pending_approval' && <p>Waiting for a manager or above to approve it. Saving changes sends it back to draft.</p>}
    </div>
  );
}
