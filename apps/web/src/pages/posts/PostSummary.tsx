import type { Post } from '../../api/schemas/post.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { capitalise } from '../../components/labels.ts';
import { postStatusLabels } from '../../components/post-status-labels.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useMemberNames } from '../../hooks/use-member-names.ts';
import { useBrandName } from './use-brand-name.ts';

/** The post itself: its words, where it stands and the facts around it. */
export function PostSummary({ post }: { post: Post }) {
  const brandName = useBrandName();
  const memberName = useMemberNames();
  const status = postStatusLabels[post.status];
  return (
    <section aria-label="Post" className="rounded-lg border border-neutral-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge label={status.label} tone={status.tone} />
        <span className="text-neutral-600">{brandName(post.brandId)}</span>
        <span className="text-neutral-400" aria-hidden="true">·</span>
        <span className="text-neutral-600">{capitalise(post.priority)} priority</span>
      </div>
      <p className="mt-4 whitespace-pre-wrap text-base text-neutral-900">{post.text || <span className="italic text-neutral-500">No text yet</span>}</p>
      {post.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-3 flex flex-wrap gap-1.5">
          {post.tags.map((tag) => (
            <li key={tag} className="rounded-full bg-neutral-100 px-2.5 py-0.5 text-xs text-neutral-700">
              #{tag}
            </li>
          ))}
        </ul>
      )}
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-xs uppercase text-neutral-500">Scheduled for</dt>
          <dd>{formatDateTime(post.scheduledAt)}</dd>
        </div>
        <div>
          <dt className="text-xs uppercase text-neutral-500">Written by</dt>
          <dd>{memberName(post.createdByUserId)}</dd>
        </div>
        <div>
          <dt className="text-xs uppercase text-neutral-500">Reviewed</dt>
          <dd>{post.reviewedAt ? `${formatDateTime(post.reviewedAt)} by ${memberName(post.reviewedByUserId)}` : '—'}</dd>
        </div>
      </dl>
      {post.reviewComment && (
        <p className="mt-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <span className="font-medium">Reviewer’s comment:</span> {post.reviewComment}
        </p>
      )}
    </section>
  );
}
