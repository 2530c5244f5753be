import type { PostPerformance } from '../../api/schemas/analytics.ts';
import { TextLink } from '../../components/TextLink.tsx';
import { formatDateTime } from '../../components/format-date.ts';
import { formatCount, formatRate, formatReward, platformName } from './analytics-format.ts';
import { RewardBadges } from './RewardBadges.tsx';

const numberCell = 'px-3 py-2 text-right tabular-nums';
const headerCell = 'px-3 py-2 text-right font-medium';

/** Impressions as reported, else the estimate marked as one. */
function Impressions({ post }: { post: PostPerformance }) {
  if (post.impressions !== null) return <>{formatCount(post.impressions)}</>;
  if (post.estimatedImpressions === null) return <>{formatCount(null)}</>;
  return (
    <span title="Estimated from followers and the account’s history">
      ~{formatCount(post.estimatedImpressions)}
      <span className="sr-only"> (estimated)</span>
    </span>
  );
}

/** The period's posts with the highest reward, each linking to the post and to where it went out. */
export function TopPostsTable({ posts }: { posts: readonly PostPerformance[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] text-sm">
        <caption className="sr-only">Top posts of the period by reward</caption>
        <thead className="border-b border-neutral-200 text-xs text-neutral-600">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Post
            </th>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Published
            </th>
            <th scope="col" className={headerCell}>
              Impressions
            </th>
            <th scope="col" className={headerCell}>
              Likes
            </th>
            <th scope="col" className={headerCell}>
              Comments
            </th>
            <th scope="col" className={headerCell}>
              Shares
            </th>
            <th scope="col" className={headerCell}>
              Engagement
            </th>
            <th scope="col" className={headerCell}>
              Reward
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-100">
          {posts.map((post) => (
            <tr key={post.targetId} className="align-top">
              <th scope="row" className="max-w-xs px-3 py-2 text-left font-normal">
                <TextLink to={`/posts/${encodeURIComponent(post.postId)}`}>{post.excerpt || 'Untitled post'}</TextLink>
                <p className="mt-0.5 text-xs text-neutral-500">
                  {platformName(post.platform)} · @{post.accountHandle}
                  {post.url && (
                    <>
                      {' · '}
                      <a href={post.url} target="_blank" rel="noopener noreferrer" className="text-accent-700 hover:underline">
                        View on the network<span className="sr-only"> (opens in a new tab)</span>
                      </a>
                    </>
                  )}
                </p>
              </th>
              <td className="whitespace-nowrap px-3 py-2 text-neutral-700">{formatDateTime(post.publishedAt)}</td>
              <td className={numberCell}>
                <Impressions post={post} />
              </td>
              <td className={numberCell}>{formatCount(post.likes)}</td>
              <td className={numberCell}>{formatCount(post.comments)}</td>
              <td className={numberCell}>{formatCount(post.shares)}</td>
              <td className={numberCell}>{formatRate(post.engagementRate)}</td>
              <td className={numberCell}>
                <span className="block font-semibold text-neutral-900">{formatReward(post.reward)}</span>
                <RewardBadges post={post} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
