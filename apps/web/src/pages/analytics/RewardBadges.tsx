import type { PostPerformance } from '../../api/schemas/analytics.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';

/**
 * Whether a post's reward can still change (provisional for its first 7 days, final after) and
 * whether it rests on estimated impressions (Bluesky, Mastodon report none).
 */
export function RewardBadges({ post }: { post: PostPerformance }) {
  if (post.reward === null) return null;
  return (
    <span className="flex flex-wrap justify-end gap-1">
      {post.rewardFinal ? <StatusBadge label="Final" tone="active" /> : <StatusBadge label="Provisional" tone="draft" />}
      {post.rewardEstimated && <StatusBadge label="Estimated" tone="info" />}
    </span>
  );
}
