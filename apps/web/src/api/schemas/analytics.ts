import { z } from 'zod';

/*
 * The answers of /api/v1/analytics/* (docs/api.md, "Analytics"). Every count may be null: a
 * platform that does not report a figure leaves it unknown, and unknown is never shown as zero.
 * Platforms, tones and formats stay plain strings so a value this UI does not know yet still
 * renders (under its raw name) instead of failing the whole panel.
 */

const count = z.number().nullable();

export const analyticsTotalsSchema = z.object({
  posts: z.number(),
  impressions: count,
  likes: count,
  comments: count,
  shares: count,
  /** A fraction (0.05 = 5 %). */
  engagementRate: count,
  /** The seed's normalised reward, 0–5. */
  averageReward: count,
});
export type AnalyticsTotals = z.infer<typeof analyticsTotalsSchema>;
export type TotalsKey = keyof AnalyticsTotals;

export const overviewSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  totals: analyticsTotalsSchema,
  previous: analyticsTotalsSchema,
  /** Change against the previous period of the same length, per total; null when it cannot be said. */
  deltas: z.record(z.string(), z.number().nullable()),
  /** Some impressions were estimated from followers (Bluesky, Mastodon report none). */
  estimated: z.boolean(),
});
export type Overview = z.infer<typeof overviewSchema>;

export const postPerformanceSchema = z.object({
  targetId: z.string(),
  postId: z.string(),
  excerpt: z.string(),
  platform: z.string(),
  accountHandle: z.string(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  impressions: count,
  estimatedImpressions: count,
  likes: count,
  comments: count,
  shares: count,
  engagementRate: count,
  virality: count,
  reward: count,
  rewardEstimated: z.boolean(),
  rewardFinal: z.boolean(),
  tone: z.string().nullable(),
  format: z.string().nullable(),
});
export type PostPerformance = z.infer<typeof postPerformanceSchema>;

export const postPerformancePageSchema = z.object({
  items: z.array(postPerformanceSchema),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
});

export const postSortKeys = ['publishedAt', 'reward', 'engagementRate', 'impressions', 'likes', 'comments', 'shares'] as const;
export type PostSortKey = (typeof postSortKeys)[number];

export const engagementPointSchema = z.object({
  date: z.string(),
  platform: z.string(),
  impressions: count,
  likes: count,
  comments: count,
  shares: count,
  engagementRate: count,
});
export type EngagementPoint = z.infer<typeof engagementPointSchema>;

export const engagementSeriesSchema = z.object({ series: z.array(engagementPointSchema) });

export const accountGrowthSchema = z.object({
  accountId: z.string(),
  platform: z.string(),
  handle: z.string(),
  points: z.array(z.object({ date: z.string(), followers: count })),
  /** (last − first) / first over the period, a fraction; null when either end is unknown. */
  growth: count,
});
export type AccountGrowth = z.infer<typeof accountGrowthSchema>;

export const growthSchema = z.object({ accounts: z.array(accountGrowthSchema) });

/** One platform's 168 hour-of-week slots (0 = Sunday 00:00 in the brand's time zone). */
export const bestTimeTableSchema = z.object({
  platform: z.string(),
  expectedReward: z.array(z.number()),
  samples: z.array(z.number()),
  peakSlot: z.number().int(),
});
export type BestTimeTable = z.infer<typeof bestTimeTableSchema>;

export const performanceGroupSchema = z.object({
  key: z.string(),
  posts: z.number(),
  averageReward: count,
  engagementRate: count,
});
export type PerformanceGroup = z.infer<typeof performanceGroupSchema>;

export const audienceSchema = z.object({
  timeZone: z.string(),
  bestTimes: z.array(bestTimeTableSchema),
  byTone: z.array(performanceGroupSchema),
  byFormat: z.array(performanceGroupSchema),
  byPlatform: z.array(performanceGroupSchema),
});
export type Audience = z.infer<typeof audienceSchema>;

/** "Sync now" queues a job measuring the organization; the figures are read again afterwards. */
export const syncQueuedSchema = z.object({ jobId: z.string(), status: z.literal('queued') });

/** What "Simulate 30 days of Sandbox history" did; `created` is false when the brand already had it. */
export const sandboxHistoryResultSchema = z.object({
  simulated: z.literal(true),
  note: z.string(),
  created: z.boolean(),
  posts: z.number().int(),
});
export type SandboxHistoryResult = z.infer<typeof sandboxHistoryResultSchema>;
