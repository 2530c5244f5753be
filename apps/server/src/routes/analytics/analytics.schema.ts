import { z } from 'zod';
import { competitorPlatforms } from '@socialseed/core/analytics/competitor-handle';
import { postSortKeys } from '@socialseed/core/ports/analytics-repositories';
import { platforms } from '@socialseed/core/publishing/platforms';
import { paginationQuery, timestamp } from '../../http/schemas';

const instantQuery = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const count = z.number().nullable().describe('null = no post reports it (unknown is never 0)');
const fraction = z.number().nullable();

/** Every analytics read: one brand, a period (default the last 30 days, at most 366) and optionally one platform. */
export const analyticsQuery = z.object({
  brandId: z.uuid('Must be a valid id'),
  from: instantQuery.optional().describe('ISO 8601 with offset; default: 30 days before to'),
  to: instantQuery.optional().describe('Exclusive; default: now'),
  platform: z.enum(platforms).optional(),
});

const postSort = { sort: z.enum(postSortKeys).default('publishedAt'), order: z.enum(['asc', 'desc']).default('desc') };

export const postsQuery = analyticsQuery.extend({ ...paginationQuery.shape, ...postSort });
export const engagementQuery = analyticsQuery.extend({ interval: z.enum(['day', 'week']).default('day') });
export const exportQuery = analyticsQuery.extend({ format: z.enum(['csv']).default('csv'), ...postSort });
export const competitorsQuery = z.object({ brandId: z.uuid('Must be a valid id') });

const totals = z.object({
  posts: z.number().int().describe('Published targets (one per post and account)'),
  impressions: count.describe('Reported impressions, else the estimate from followers'),
  likes: count,
  comments: count,
  shares: count,
  engagementRate: fraction.describe('Σ (likes + comments + shares) / Σ reach (or impressions)'),
  averageReward: fraction.describe("Mean of the posts' seed rewards (0–5)"),
});

export const overviewResponse = z.object({
  period: z.object({ from: timestamp, to: timestamp }),
  totals,
  previous: totals.describe('The period of the same length right before'),
  deltas: z.record(z.enum(['posts', 'impressions', 'likes', 'comments', 'shares', 'engagementRate', 'averageReward']), z.number().nullable()).describe('(current − previous) / previous; null when previous is 0 or unknown'),
  estimated: z.boolean().describe('Some impressions or rewards were estimated'),
});

export const postPerformance = z.object({
  targetId: z.uuid(),
  postId: z.uuid(),
  excerpt: z.string(),
  platform: z.string(),
  accountHandle: z.string(),
  url: z.string().nullable(),
  publishedAt: timestamp,
  impressions: count,
  estimatedImpressions: count,
  likes: count,
  comments: count,
  shares: count,
  engagementRate: fraction,
  virality: fraction,
  reward: fraction,
  rewardEstimated: z.boolean(),
  rewardFinal: z.boolean(),
  tone: z.string().nullable().describe("The post's label, else the brand's tone"),
  format: z.string().describe("The post's label, else thread / carousel (2+ images) / single"),
});

export const postsResponse = z.object({ items: z.array(postPerformance), total: z.number().int(), page: z.number().int(), limit: z.number().int() });

export const engagementResponse = z.object({
  series: z.array(
    z.object({ date: z.string().describe('YYYY-MM-DD, local to the brand; weeks start on Monday'), platform: z.string(), impressions: count, likes: count, comments: count, shares: count, engagementRate: fraction }),
  ),
});

export const growthResponse = z.object({
  accounts: z.array(
    z.object({
      accountId: z.uuid(),
      platform: z.string(),
      handle: z.string(),
      points: z.array(z.object({ date: z.string(), followers: count })),
      growth: fraction.describe('(last − first) / first over the days with a known count'),
    }),
  ),
});

const group = z.object({ key: z.string(), posts: z.number().int(), averageReward: fraction, engagementRate: fraction });

export const audienceResponse = z.object({
  timeZone: z.string(),
  bestTimes: z.array(
    z.object({
      platform: z.string(),
      expectedReward: z.array(z.number()).describe('168 hour-of-week slots, 0 = Sunday 00:00 in timeZone'),
      samples: z.array(z.number()),
      peakSlot: z.number().int(),
    }),
  ),
  byTone: z.array(group),
  byFormat: z.array(group),
  byPlatform: z.array(group),
});

const competitor = z.object({ id: z.uuid(), platform: z.string(), handle: z.string(), followers: count, postsCount: count, capturedAt: timestamp.nullable() });

export const competitorsResponse = z.object({ competitors: z.array(competitor) });
export const competitorResponse = z.object({ competitor });

export const addCompetitorBody = z
  .object({
    brandId: z.uuid('Must be a valid id'),
    platform: z.enum(competitorPlatforms),
    handle: z.string().trim().min(1, 'Must not be empty').max(300),
  })
  .strict();
