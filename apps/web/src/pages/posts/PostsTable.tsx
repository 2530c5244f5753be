import { Link } from 'react-router';
import type { Post } from '../../api/schemas/post.ts';
import { excerpt } from '../../components/excerpt.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { platformShortNames } from '../../components/platform-labels.ts';
import { postStatusLabels } from '../../components/post-status-labels.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { postPath } from './post-links.ts';

/** Ticking posts for a bulk action; only posts that can take the action get a checkbox. */
export interface PostSelection {
  isSelected: (postId: string) => boolean;
  canSelect: (post: Post) => boolean;
  onToggle: (post: Post, selected: boolean) => void;
}

interface PostsTableProps {
  posts: Post[];
  brandName: (brandId: string) => string;
  selection?: PostSelection | undefined;
}

/** The library: newest first, each row opening the post. */
export function PostsTable({ posts, brandName, selection }: PostsTableProps) {
  if (posts.length === 0) return <p className="text-sm text-neutral-600">No posts match.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Posts, newest first</caption>
        <thead className="border-b border-neutral-200 bg-neutral-50 text-xs uppercase text-neutral-500">
          <tr>
            {selection && (
              <th scope="col" className="w-10 px-4 py-3">
                <span className="sr-only">Select</span>
              </th>
            )}
            <th scope="col" className="px-4 py-3">Post</th>
            <th scope="col" className="px-4 py-3">Brand</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Publishes</th>
            <th scope="col" className="px-4 py-3">Networks</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-100">
          {posts.map((post) => {
            const status = postStatusLabels[post.status];
            const networks = [...new Set(post.targets.map((target) => platformShortNames[target.platform]))];
            return (
              <tr key={post.id} className="align-top">
                {selection && (
                  <td className="px-4 py-3">
                    {selection.canSelect(post) && (
                      <input
                        type="checkbox"
                        aria-label={`Select ${excerpt(post.text, 60) || 'untitled post'}`}
                        checked={selection.isSelected(post.id)}
                        onChange={(event) => selection.onToggle(post, event.target.checked)}
                        className="size-4 rounded border-neutral-300 accent-accent-700"
                      />
                    )}
                  </td>
                )}
                <th scope="row" className="max-w-md px-4 py-3 font-normal">
                  <Link to={postPath(post.id)} className="font-medium text-neutral-900 hover:text-accent-700 hover:underline">
                    {excerpt(post.text) || <span className="italic text-neutral-500">No text yet</span>}
                  </Link>
                  {post.tags.length > 0 && <span className="mt-1 block text-xs text-neutral-500">{post.tags.map((tag) => `#${tag}`).join(' ')}</span>}
                </th>
                <td className="px-4 py-3">{brandName(post.brandId)}</td>
                <td className="px-4 py-3">
                  <StatusBadge label={status.label} tone={status.tone} />
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-neutral-600">{formatDateTime(post.scheduledAt)}</td>
                <td className="px-4 py-3 text-neutral-600">{networks.join(', ') || '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
