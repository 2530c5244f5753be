import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { brands } from './brands';
import { createdAt, id, instant, updatedAt } from './columns';
import { organizations } from './organizations';
import { users } from './users';

/** Shapes of the JSON columns; written only by the trend pipeline in core. */
export interface TrendSnapshotColumn { at: string; mentions: number; engagement: number | null }
export interface TrendEngagementColumn { score: number | null; comments: number | null; traffic: number | null }

/**
 * One story, clustered from every source that reported it, per organization (an organization's
 * feeds may be private, so trends are never shared between organizations).
 */
export const trends = pgTable(
  'trends',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    url: text('url'),
    imageUrl: text('image_url'),
    /** The industry it belongs to (brands.industry vocabulary). */
    category: text('category').notNull(),
    sources: jsonb('sources').$type<string[]>().notNull(),
    /** Member stories; grows as more sources and runs report it. */
    mentions: integer('mentions').notNull(),
    /** Sum of the members' engagement signals (points, comments, traffic); null when no source gave any. */
    engagement: doublePrecision('engagement'),
    engagementPerHour: doublePrecision('engagement_per_hour'),
    /** Change of engagement per hour between the last two snapshots, per hour. */
    acceleration: doublePrecision('acceleration'),
    momentum: doublePrecision('momentum').notNull(),
    sentimentLabel: text('sentiment_label', { enum: ['positive', 'neutral', 'negative'] }).notNull(),
    sentimentScore: doublePrecision('sentiment_score').notNull(),
    opportunity: doublePrecision('opportunity').notNull(),
    /** MinHash of the representative text (base64 of uint32s, vector-codec.ts), for matching later runs' items to this trend. */
    signature: text('signature').notNull(),
    imageHashes: jsonb('image_hashes').$type<string[]>().notNull().default([]),
    /** The trend's embedding, compactly encoded (vector-codec.ts); vectors of another model are re-embedded. */
    embedding: text('embedding').notNull(),
    embeddingModel: text('embedding_model').notNull(),
    /** One snapshot per run that saw it (newest last, at most 30): momentum and the sparkline. */
    history: jsonb('history').$type<TrendSnapshotColumn[]>().notNull(),
    publishedAt: instant('published_at').notNull(),
    firstSeenAt: instant('first_seen_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('trends_org_seen_idx').on(table.organizationId, table.lastSeenAt), index('trends_expires_idx').on(table.expiresAt)],
);

/** One source's report of a trend's story: the same item in a later run updates its row. */
export const trendMembers = pgTable(
  'trend_members',
  {
    /** No foreign key of its own: the trend's cascades the member away, and each FK check costs a lookup per row. */
    organizationId: uuid('organization_id').notNull(),
    trendId: uuid('trend_id').notNull().references(() => trends.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    title: text('title').notNull(),
    url: text('url'),
    /** Hash of the canonical URL (tracking parameters stripped), for exact reposts. */
    urlKey: text('url_key'),
    channel: text('channel'),
    engagement: jsonb('engagement').$type<TrendEngagementColumn>().notNull(),
    imageUrl: text('image_url'),
    publishedAt: instant('published_at').notNull(),
    firstSeenAt: instant('first_seen_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
  },
  (table) => [
    // The natural key is the primary key: a random uuid beside it cost a fourth index to maintain.
    primaryKey({ columns: [table.organizationId, table.source, table.externalId] }),
    index('trend_members_url_idx').on(table.organizationId, table.urlKey),
    index('trend_members_trend_idx').on(table.trendId),
  ],
);

/** One pipeline run for an organization and what each source did. */
export const trendRuns = pgTable(
  'trend_runs',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['queued', 'running', 'succeeded', 'partial', 'failed', 'skipped'] }).notNull(),
    forced: boolean('forced').notNull(),
    requestedByUserId: uuid('requested_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    summary: jsonb('summary').$type<Record<string, unknown> | null>(),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    createdAt: createdAt(),
  },
  (table) => [index('trend_runs_org_idx').on(table.organizationId, table.createdAt)],
);

/** A brand's top trends from the last scoring (top 5 recommended + top 5 watchlist), with why. */
export const brandTrendScores = pgTable(
  'brand_trend_scores',
  {
    brandId: uuid('brand_id').notNull().references(() => brands.id, { onDelete: 'cascade' }),
    trendId: uuid('trend_id').notNull().references(() => trends.id, { onDelete: 'cascade' }),
    decision: text('decision', { enum: ['recommended', 'watchlist'] }).notNull(),
    rank: integer('rank').notNull(),
    final: doublePrecision('final').notNull(),
    relevance: doublePrecision('relevance').notNull(),
    opportunity: doublePrecision('opportunity').notNull(),
    format: doublePrecision('format').notNull(),
    rl: doublePrecision('rl').notNull(),
    matchedPillar: text('matched_pillar'),
    suggestedPlatform: text('suggested_platform').notNull(),
    suggestedFormat: text('suggested_format').notNull(),
    reason: text('reason').notNull(),
    scoredAt: instant('scored_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.brandId, table.trendId] })],
);

/** "Not for us": hidden from the brand and a negative signal for its category. */
export const trendDismissals = pgTable(
  'trend_dismissals',
  {
    brandId: uuid('brand_id').notNull().references(() => brands.id, { onDelete: 'cascade' }),
    trendId: uuid('trend_id').notNull().references(() => trends.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.brandId, table.trendId] })],
);

/** Perceptual hashes of trend images by URL hash, so an image is fetched and hashed once. */
export const imageHashes = pgTable('image_hashes', {
  urlKey: text('url_key').primaryKey(),
  /** Null when the image could not be fetched or read (not retried until it expires). */
  hash: text('hash'),
  fetchedAt: instant('fetched_at').notNull(),
  updatedAt: updatedAt(),
});
