import type { Platform } from '../publishing/platforms';
import type { Page, Pagination } from '../shared/pagination';
import type { RewardedPostRow } from './learning-repositories';

/**
 * What one analytics figure covers: the brand's targets published in `[from, to)`, optionally
 * on one platform. Days and weeks are cut in `timeZone` (the brand's).
 */
export interface AnalyticsScope {
  organizationId: string;
  brandId: string;
  from: Date;
  to: Date;
  platform: Platform | null;
  timeZone: string;
}

/**
 * Sums over a period. A count is null when posts were published but none of them reports it
 * (unknown is never zero); impressions count the estimate where a platform reports none.
 */
export interface PeriodTotals {
  /** Published targets (one per post and account). */
  posts: number;
  impressions: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  /** Σ interactions / Σ reach (or impressions) over the posts where both are known. */
  engagementRate: number | null;
  averageReward: number | null;
  /** Some impressions or rewards in the period were estimated from followers. */
  estimated: boolean;
}

export const postSortKeys = ['publishedAt', 'reward', 'engagementRate', 'impressions', 'likes', 'comments', 'shares'] as const;
export type PostSortKey = (typeof postSortKeys)[number];
export interface PostSort {
  key: PostSortKey;
  order: 'asc' | 'desc';
}

/** One published target and its latest counts. */
export interface PostPerformanceRecord {
  targetId: string;
  postId: string;
  /** What the target sent: its own text, else the post's. */
  text: string;
  platform: string;
  accountHandle: string;
  url: string | null;
  publishedAt: Date;
  impressions: number | null;
  estimatedImpressions: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  engagementRate: number | null;
  virality: number | null;
  reward: number | null;
  rewardEstimated: boolean;
  rewardFinal: boolean;
  /** The post's label, else the brand's tone; null when neither is known. */
  tone: string | null;
  /** The post's label, else what the target implies (thread, carousel, single). */
  format: string;
}

export type SeriesInterval = 'day' | 'week';

/** One platform's summed counts as of the end of one day (or week), from the snapshots. */
export interface EngagementPoint {
  /** Local date the bucket starts (YYYY-MM-DD; weeks start on Monday). */
  date: string;
  platform: string;
  impressions: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  engagementRate: number | null;
}

export interface AccountFollowerSeries {
  accountId: string;
  platform: string;
  handle: string;
  /** Followers as of the end of each local day; null before the first known count. */
  points: Array<{ date: string; followers: number | null }>;
}

export type GroupDimension = 'tone' | 'format' | 'platform';

export interface PerformanceGroup {
  key: string;
  posts: number;
  averageReward: number | null;
  engagementRate: number | null;
}

/** Read-only aggregation over engagement, done in the database. */
export interface AnalyticsRepository {
  totals(scope: AnalyticsScope): Promise<PeriodTotals>;
  listPostPerformance(scope: AnalyticsScope, sort: PostSort, pagination: Pagination): Promise<Page<PostPerformanceRecord>>;
  engagementSeries(scope: AnalyticsScope, interval: SeriesInterval): Promise<EngagementPoint[]>;
  /** Every account of the brand (on the scope's platform), with daily points over the scope. */
  followerSeries(scope: AnalyticsScope): Promise<AccountFollowerSeries[]>;
  groups(scope: AnalyticsScope, by: GroupDimension): Promise<PerformanceGroup[]>;
  /** The scope's rewarded posts, for best times when the brand has no trained model yet. */
  rewardedPosts(scope: AnalyticsScope): Promise<RewardedPostRow[]>;
}

export interface CompetitorRecord {
  id: string;
  brandId: string;
  platform: string;
  handle: string;
  /** From the newest snapshot; null until one was taken or when the platform does not say. */
  followers: number | null;
  postsCount: number | null;
  capturedAt: Date | null;
  createdAt: Date;
}

/** Competitor accounts a brand watches (their snapshots are written by the engagement sync). */
export interface CompetitorsRepository {
  list(organizationId: string, brandId: string): Promise<CompetitorRecord[]>;
  countForBrand(organizationId: string, brandId: string): Promise<number>;
  /** Null when the brand already watches this handle on this platform. */
  create(input: { organizationId: string; brandId: string; platform: string; handle: string }): Promise<CompetitorRecord | null>;
  /** The removed competitor; null when there is none with this id in the organization. */
  delete(organizationId: string, id: string): Promise<CompetitorRecord | null>;
}
