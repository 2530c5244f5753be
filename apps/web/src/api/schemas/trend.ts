import { z } from 'zod';
import { trendSourceIds } from '@socialseed/core/trends/trend-item';
import { contentFormats } from './ai.ts';
import { platformSchema } from './social-account.ts';

/*
 * The trend answers (apps/server/src/routes/trends/trends.schema.ts). Scores are only checked
 * for type: the server ranks, the UI shows the ranking and explains it.
 */

export const trendSourceIdSchema = z.enum(trendSourceIds);
export type TrendSourceId = z.infer<typeof trendSourceIdSchema>;

export const sentimentLabels = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof sentimentLabels)[number];

export const trendSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  url: z.string().nullable(),
  imageUrl: z.string().nullable(),
  category: z.string(),
  sources: z.array(trendSourceIdSchema),
  mentions: z.number(),
  engagement: z.number().nullable(),
  engagementPerHour: z.number().nullable(),
  acceleration: z.number().nullable(),
  /** −1 (fading fast) … 1 (rising fast). */
  momentum: z.number(),
  sentimentLabel: z.enum(sentimentLabels),
  sentimentScore: z.number(),
  opportunity: z.number(),
  /** One snapshot per run, oldest first. */
  history: z.array(z.object({ at: z.string(), mentions: z.number(), engagement: z.number().nullable() })),
  publishedAt: z.string(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
});
export type Trend = z.infer<typeof trendSchema>;
export type TrendSnapshot = Trend['history'][number];

export const scoreWeightsSchema = z.object({ relevance: z.number(), opportunity: z.number(), format: z.number(), rl: z.number() });
export type ScoreWeights = z.infer<typeof scoreWeightsSchema>;
export type ScoreComponent = keyof ScoreWeights;

export const trendDecisions = ['recommended', 'watchlist'] as const;
export type TrendDecision = (typeof trendDecisions)[number];

export const trendScoreSchema = z.object({
  decision: z.enum(trendDecisions),
  rank: z.number(),
  final: z.number(),
  relevance: z.number(),
  opportunity: z.number(),
  format: z.number(),
  rl: z.number(),
  weights: scoreWeightsSchema,
  matchedPillar: z.string().nullable(),
  suggestedPlatform: platformSchema,
  suggestedFormat: z.enum(contentFormats),
  reason: z.string(),
  scoredAt: z.string(),
});
export type TrendScore = z.infer<typeof trendScoreSchema>;

export const rankedTrendSchema = z.object({ trend: trendSchema, score: trendScoreSchema });
export type RankedTrend = z.infer<typeof rankedTrendSchema>;

export const trendRunStatuses = ['queued', 'running', 'succeeded', 'partial', 'failed', 'skipped'] as const;
export type TrendRunStatus = (typeof trendRunStatuses)[number];

export const trendRunSchema = z.object({
  id: z.string(),
  status: z.enum(trendRunStatuses),
  forced: z.boolean(),
  /** Free-form on the wire (it grows with the pipeline); read through `readRunSummary`. */
  summary: z.record(z.string(), z.unknown()).nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TrendRun = z.infer<typeof trendRunSchema>;

export const brandTrendsSchema = z.object({
  recommended: z.array(rankedTrendSchema),
  watchlist: z.array(rankedTrendSchema),
  weights: scoreWeightsSchema,
  lastRun: trendRunSchema.nullable(),
  /** `lexical-v1` is the offline model; `provider:<model>` when embeddings are configured. */
  embeddingModel: z.string(),
});
export type BrandTrends = z.infer<typeof brandTrendsSchema>;

export const trendRunEnvelopeSchema = z.object({ run: trendRunSchema.nullable() });
export const trendAnalysisRequestSchema = z.object({ run: trendRunSchema, alreadyRunning: z.boolean() });

export const trendDetailEnvelopeSchema = z.object({ trend: trendSchema });

export const trendSettingsSchema = z.object({
  sources: z.record(trendSourceIdSchema, z.boolean()),
  subreddits: z.array(z.string()),
  queries: z.array(z.string()),
  feeds: z.array(z.string()),
  geo: z.string(),
});
export type TrendSettings = z.infer<typeof trendSettingsSchema>;

export const trendSettingsEnvelopeSchema = z.object({
  settings: trendSettingsSchema,
  /** Which sources this installation can use at all (keys configured). */
  available: z.array(z.object({ id: trendSourceIdSchema, label: z.string(), configured: z.boolean() })),
});
export type TrendSettingsEnvelope = z.infer<typeof trendSettingsEnvelopeSchema>;
export type AvailableTrendSource = TrendSettingsEnvelope['available'][number];

/*
 * The run summary as far as the page uses it. Every field is optional or falls back, so a summary
 * from a newer or older server still shows what it can instead of breaking the page.
 */
const sourceReportSchema = z.object({
  source: z.string(),
  status: z.string(),
  items: z.number().catch(0),
  error: z.string().nullable().catch(null),
  retryAt: z.string().nullable().catch(null),
});
export type SourceReport = z.infer<typeof sourceReportSchema>;

const runSummarySchema = z.object({
  sources: z.array(sourceReportSchema).catch([]),
  trends: z.object({ created: z.number(), updated: z.number() }).nullable().catch(null),
  /** Why a run was skipped. */
  reason: z.string().nullable().catch(null),
  /** Why a run failed as a whole. */
  error: z.string().nullable().catch(null),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

export function readRunSummary(summary: TrendRun['summary']): RunSummary {
  const parsed = runSummarySchema.safeParse(summary ?? {});
  return parsed.success ? parsed.data : { sources: [], trends: null, reason: null, error: null };
}
