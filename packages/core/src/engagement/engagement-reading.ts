import { computeReward, engagementRate, estimateImpressions, reachShareFromHistory, virality, type EngagementCounts } from '../learning/engagement-metrics';
import type { EngagementReading, TrackedTarget } from '../ports/engagement-repositories';
import type { PostMetrics } from '../ports/social-provider';
import { nextFetchAt } from './engagement-schedule';

/** What an account's posts are measured against when its platform reports no impressions. */
export interface AccountAudience {
  /** Followers in the account's latest snapshot (null: never read, or not reported). */
  followers: number | null;
  /** Likes + comments + shares of its settled recent posts, for its reach share. */
  interactionHistory: number[];
}

/** Impressions for platforms that report none: followers × the share the account's history says they reach. */
export function estimatedImpressionsFor(audience: AccountAudience): number | null {
  return estimateImpressions(audience.followers, reachShareFromHistory(audience.interactionHistory, audience.followers));
}

/**
 * One fetched post as it will be stored: the counts exactly as the platform gave them (unknown
 * stays null, never 0), an impression estimate only where the platform reports none (the reward
 * is then marked estimated), the seed's reward and the derived rates, and the next slot.
 */
export function readingOf(
  target: TrackedTarget,
  metrics: PostMetrics,
  context: { fetchedAt: Date; estimatedImpressions: number | null; intervalHours: number },
): EngagementReading {
  const counts: EngagementCounts = {
    impressions: metrics.impressions,
    // No connector reports reach (unique viewers) yet; engagement rate falls back to impressions.
    reach: null,
    likes: metrics.likes,
    comments: metrics.comments,
    shares: metrics.shares,
    quotes: metrics.quotes,
    saves: metrics.saves,
    clicks: metrics.clicks,
  };
  const estimatedImpressions = counts.impressions === null ? context.estimatedImpressions : null;
  const reward = computeReward(counts, { estimatedImpressions, publishedAt: target.publishedAt, now: context.fetchedAt });
  return {
    targetId: target.targetId,
    organizationId: target.organizationId,
    dueAt: target.dueAt,
    fetchedAt: context.fetchedAt,
    counts,
    estimatedImpressions,
    reward: reward.value,
    rewardEstimated: reward.estimated,
    rewardFinal: reward.final,
    engagementRate: engagementRate(counts, estimatedImpressions),
    virality: virality(counts, estimatedImpressions),
    nextFetchAt: nextFetchAt(target.publishedAt, context.fetchedAt, context.intervalHours),
  };
}
