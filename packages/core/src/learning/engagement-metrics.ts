/**
 * The counts a platform reported for one post at one time. Null means the platform does not
 * say (Bluesky and Mastodon report no impressions, X no saves): unknown is never zero.
 */
export interface EngagementCounts {
  impressions: number | null;
  reach: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  quotes: number | null;
  saves: number | null;
  clicks: number | null;
}

export const unknownCounts: EngagementCounts = { impressions: null, reach: null, likes: null, comments: null, shares: null, quotes: null, saves: null, clicks: null };

/** The seed's cap on the normalised reward. */
export const MAX_REWARD = 5;
/** A reward is final once the post is this old; provisional before. */
export const REWARD_FINAL_AFTER_MS = 7 * 86_400_000;

/** Impressions to divide by: the reported ones, else an estimate (then the result is marked estimated). */
export function effectiveImpressions(counts: EngagementCounts, estimatedImpressions: number | null): { impressions: number | null; estimated: boolean } {
  if (counts.impressions !== null) return { impressions: counts.impressions, estimated: false };
  if (estimatedImpressions !== null) return { impressions: estimatedImpressions, estimated: true };
  return { impressions: null, estimated: false };
}

/** Likes + comments + shares, counting an unknown part as absent; null when all three are unknown. */
export function interactions(counts: EngagementCounts): number | null {
  const parts = [counts.likes, counts.comments, counts.shares].filter((value): value is number => value !== null);
  return parts.length === 0 ? null : parts.reduce((sum, value) => sum + value, 0);
}

export interface Reward {
  /** min((likes + 3·comments + 5·shares) / impressions × 100, 5); null when it cannot be measured. */
  value: number | null;
  /** Impressions were estimated from followers and history. */
  estimated: boolean;
  /** The post is 7 days old: the value will not change any more. */
  final: boolean;
}

/**
 * The seed's reward R = (likes + 3·comments + 5·shares) / impressions, normalised to
 * min(R × 100, 5). Zero or unknown impressions, or no known interaction at all, give no reward
 * (null) rather than a misleading 0 or infinity; an unknown part among known ones counts as 0.
 */
export function computeReward(counts: EngagementCounts, options: { estimatedImpressions: number | null; publishedAt: Date; now: Date }): Reward {
  const final = options.now.getTime() - options.publishedAt.getTime() >= REWARD_FINAL_AFTER_MS;
  const { impressions, estimated } = effectiveImpressions(counts, options.estimatedImpressions);
  if (impressions === null || impressions <= 0 || interactions(counts) === null) return { value: null, estimated, final };
  const weighted = (counts.likes ?? 0) + 3 * (counts.comments ?? 0) + 5 * (counts.shares ?? 0);
  return { value: Math.min((weighted / impressions) * 100, MAX_REWARD), estimated, final };
}

/** (likes + comments + shares) / reach, or / impressions when reach is unknown; null when neither is known or both are 0. */
export function engagementRate(counts: EngagementCounts, estimatedImpressions: number | null = null): number | null {
  const total = interactions(counts);
  const base = counts.reach !== null && counts.reach > 0 ? counts.reach : effectiveImpressions(counts, estimatedImpressions).impressions;
  if (total === null || base === null || base <= 0) return null;
  return total / base;
}

/** shares / impressions; null when either is unknown or impressions are 0. */
export function virality(counts: EngagementCounts, estimatedImpressions: number | null = null): number | null {
  const { impressions } = effectiveImpressions(counts, estimatedImpressions);
  if (counts.shares === null || impressions === null || impressions <= 0) return null;
  return counts.shares / impressions;
}

/**
 * Follower growth over a period: (new − lost) / total. Platforms report totals, not follows
 * and unfollows, so new − lost is the change in the total between two snapshots; null when
 * either is unknown or the earlier total is 0.
 */
export function followerGrowth(earlierFollowers: number | null, laterFollowers: number | null): number | null {
  if (earlierFollowers === null || laterFollowers === null || earlierFollowers <= 0) return null;
  return (laterFollowers - earlierFollowers) / earlierFollowers;
}

/** Share of followers who see a typical post, before the account has history of its own. */
export const DEFAULT_FOLLOWER_REACH = 0.2;

/**
 * Impressions for platforms that report none (Bluesky, Mastodon): followers × the share of
 * followers the account's posts usually reach. That share comes from the account's own history
 * (its posts' interactions over followers, scaled by the engagement rate its platforms usually
 * see) when there is some, otherwise the default. Null without a follower count.
 */
export function estimateImpressions(followers: number | null, historicalReachShare: number | null = null): number | null {
  if (followers === null || followers <= 0) return null;
  const share = historicalReachShare !== null && historicalReachShare > 0 ? Math.min(historicalReachShare, 1) : DEFAULT_FOLLOWER_REACH;
  return Math.max(1, Math.round(followers * share));
}

/** Interactions per impression a typical post sees; turns interactions into seen-by counts. */
export const TYPICAL_ENGAGEMENT_RATE = 0.03;

/**
 * The share of followers an account's posts reach, read from its history: the median of its
 * recent posts' interactions, divided by the typical engagement rate, over its followers —
 * an account whose posts draw many interactions is evidently seen by more of its followers.
 * Clipped to 2–100 %; null without history or followers.
 */
export function reachShareFromHistory(interactionsPerPost: number[], followers: number | null): number | null {
  if (followers === null || followers <= 0 || interactionsPerPost.length === 0) return null;
  const sorted = [...interactionsPerPost].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.min(1, Math.max(0.02, median / TYPICAL_ENGAGEMENT_RATE / followers));
}
