import { z } from 'zod';
import { contentFormats } from '@socialseed/core/ai/content-types';
import { industries } from '@socialseed/core/brands/brand';
import { platforms } from '@socialseed/core/publishing/platforms';
import { trendSourceIds } from '@socialseed/core/trends/trend-item';
import { pageOf, paginationQuery, timestamp } from '../../http/schemas';

const unit = z.number().min(0).max(1);
const sentiment = z.enum(['positive', 'neutral', 'negative']);
const engagement = z.object({ score: z.number().nullable(), comments: z.number().nullable(), traffic: z.number().nullable() }).describe('null = the source does not report it');

export const trend = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  url: z.string().nullable(),
  imageUrl: z.string().nullable(),
  category: z.string().describe('Industry the story belongs to'),
  sources: z.array(z.enum(trendSourceIds)),
  mentions: z.number().int().describe('Reports of this story across sources and runs'),
  engagement: z.number().nullable(),
  engagementPerHour: z.number().nullable().describe('Viral velocity'),
  acceleration: z.number().nullable().describe('Change of engagement per hour, per hour'),
  momentum: z.number().min(-1).max(1),
  sentimentLabel: sentiment,
  sentimentScore: z.number(),
  opportunity: unit,
  history: z.array(z.object({ at: z.string(), mentions: z.number(), engagement: z.number().nullable() })).describe('One snapshot per run, oldest first'),
  publishedAt: timestamp,
  firstSeenAt: timestamp,
  lastSeenAt: timestamp,
  expiresAt: timestamp,
});

export const trendDetail = trend.extend({
  members: z.array(z.object({ source: z.enum(trendSourceIds), title: z.string(), url: z.string().nullable(), channel: z.string().nullable(), engagement, publishedAt: timestamp })),
});

const weights = z.object({ relevance: z.number(), opportunity: z.number(), format: z.number(), rl: z.number() });

export const trendRun = z.object({
  id: z.uuid(),
  status: z.enum(['queued', 'running', 'succeeded', 'partial', 'failed', 'skipped']),
  forced: z.boolean(),
  summary: z.record(z.string(), z.unknown()).nullable().describe('Per source: status, items, error; items, trends, images, embedding'),
  startedAt: timestamp.nullable(),
  finishedAt: timestamp.nullable(),
  createdAt: timestamp,
});

const rankedTrend = z.object({
  trend,
  score: z.object({
    decision: z.enum(['recommended', 'watchlist']),
    rank: z.number().int(),
    final: unit,
    relevance: unit,
    opportunity: unit,
    format: unit,
    rl: unit,
    weights,
    matchedPillar: z.string().nullable(),
    suggestedPlatform: z.enum(platforms),
    suggestedFormat: z.enum(contentFormats),
    reason: z.string(),
    scoredAt: timestamp,
  }),
});

export const brandTrendsResponse = z.object({
  recommended: z.array(rankedTrend),
  watchlist: z.array(rankedTrend),
  weights,
  lastRun: trendRun.nullable(),
  embeddingModel: z.string().describe('lexical-v1 = the offline model; provider:<model> when embeddings are configured'),
});

export const trendsQuery = paginationQuery.extend({
  source: z.enum(trendSourceIds).optional(),
  category: z.enum(industries).optional(),
  sentiment: sentiment.optional(),
  q: z.string().trim().min(1).max(200).optional().describe('Words in the title'),
  sort: z.enum(['opportunity', 'recent', 'momentum', 'mentions']).default('opportunity'),
  seenWithinHours: z.coerce.number().int().min(1).max(720).optional(),
});

export const trendPage = pageOf(trend);

export const runParams = z.object({ id: z.union([z.literal('latest'), z.uuid('Must be a valid id or "latest"')]) });
export const dismissParams = z.object({ id: z.uuid('Must be a valid id'), trendId: z.uuid('Must be a valid id') });

export const trendSettingsResponse = z.object({
  settings: z.object({
    sources: z.record(z.enum(trendSourceIds), z.boolean()),
    subreddits: z.array(z.string()),
    queries: z.array(z.string()),
    feeds: z.array(z.string()),
    geo: z.string(),
  }),
  /** Which sources this installation can use at all (keys configured). */
  available: z.array(z.object({ id: z.enum(trendSourceIds), label: z.string(), configured: z.boolean() })),
});
