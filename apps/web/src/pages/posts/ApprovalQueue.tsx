import { Link } from 'react-router';
import type { Post } from '../../api/schemas/post.ts';
import { excerpt } from '../../components/excerpt.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { platformShortNames } from '../../components/platform-labels.ts';
import { useMemberNames } from '../../hooks/use-member-names.ts';
import { ApprovalActions } from './ApprovalActions.tsx';
import { postPath } from './post-links.ts';

interface ApprovalQueueProps {
  posts: Post[];
  brandName: (brandId: string) => string;
  canApprove: boolean;
}

/** Posts waiting for a decision, newest first: the full text to read, then the verdict. */
export function ApprovalQueue({ posts, brandName, canApprove }: ApprovalQueueProps) {
  const memberName = useMemberNames();
  if (posts.length === 0) return <p className="text-sm text-neutral-600">Nothing is waiting for approval.</p>;
  return (
    <>
      {!canApprove && <p className="mb-3 text-sm text-neutral-600">Managers and above approve posts; you can read what is waiting.</p>}
      <ul aria-label="Posts awaiting approval" className="space-y-4">
        {posts.map((post) => {
          const networks = [...new Set(post.targets.map((target) => platformShortNames[target.platform]))];
          return (
            <li key={post.id} className="rounded-lg border border-neutral-200 bg-white p-5 shadow-sm">
              <p className="text-xs text-neutral-500">
                {brandName(post.brandId)} · by {memberName(post.createdByUserId)} · {formatDateTime(post.updatedAt)}
                {networks.length > 0 && ` · to ${networks.join(', ')}`}
              </p>
              <p className="mt-2 whitespace-pre-wrap text-sm text-neutral-900">{post.text}</p>
              <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
                <Link to={postPath(post.id)} className="text-sm font-medium text-accent-700 hover:underline">
                  Open post<span className="sr-only"> {excerpt(post.text, 40)}</span>
                </Link>
                {canApprove && <ApprovalActions postId={post.id} label={excerpt(post.text, 40)} />}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
