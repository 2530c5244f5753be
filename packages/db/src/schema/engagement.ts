import { boolean, index, integer, pgTable, real, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { brands } from './brands';
import { createdAt, id, instant, updatedAt } from './columns';
import { organizations } from './organizations';
import { postTargets } from './post-targets';
import { posts } from './posts';
import { socialAccounts } from './social-accounts';

/** The counts one fetch returned; every column is null when the platform does not say (never 0 for unknown). */
const metricColumns = () => ({
  impressions: integer('impressions'),
  reach: integer('reach'),
  likes: integer('likes'),
  comments: integer('comments'),
  shares: integer('shares'),
  quotes: integer('quotes'),
  saves: integer('saves'),
  clicks: integer('clicks'),
});

/**
 * One published target's engagement: its latest counts, reward and the sync schedule. The row
 * is the sync's work item: a worker claims it (`claimed_until`) and advances `next_fetch_at`
 * in the same transaction that stores the snapshot, so a crash re-fetches, never double-counts.
 */
export const postEngagement = pgTable(
  'post_engagement',
  {
    targetId: uuid('target_id').primaryKey().references(() => postTargets.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id').notNull().references(() => brands.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
    socialAccountId: uuid('social_account_id').notNull().references(() => socialAccounts.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    platformPostId: text('platform_post_id').notNull(),
    publishedAt: instant('published_at').notNull(),
    nextFetchAt: instant('next_fetch_at').notNull(),
    claimedUntil: instant('claimed_until'),
    lastFetchedAt: instant('last_fetched_at'),
    fetchCount: integer('fetch_count').notNull().default(0),
    ...metricColumns(),
    /** Impressions estimated from followers and history (Bluesky, Mastodon report none). */
    estimatedImpressions: integer('estimated_impressions'),
    /** Seed reward min((likes + 3·comments + 5·shares) / impressions × 100, 5); null until measurable. */
    reward: real('reward'),
    rewardEstimated: boolean('reward_estimated').notNull().default(false),
    /** Final once the post is 7 days old; provisional before. */
    rewardFinal: boolean('reward_final').notNull().default(false),
    engagementRate: real('engagement_rate'),
    virality: real('virality'),
    viralAlertedAt: instant('viral_alerted_at'),
    poorAlertedAt: instant('poor_alerted_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('post_engagement_due_idx').on(table.nextFetchAt),
    index('post_engagement_brand_idx').on(table.brandId, table.publishedAt),
    index('post_engagement_org_idx').on(table.organizationId, table.publishedAt),
  ],
);

/** A time series of a target's counts: one row per fetch, keyed by the due time it served. */
export const postMetricSnapshots = pgTable(
  'post_metric_snapshots',
  {
    id: id(),
    targetId: uuid('target_id').notNull().references(() => postTargets.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    /** The `next_fetch_at` this fetch served: a second worker serving the same slot inserts nothing. */
    dueAt: instant('due_at').notNull(),
    fetchedAt: instant('fetched_at').notNull(),
    ...metricColumns(),
    estimatedImpressions: integer('estimated_impressions'),
  },
  (table) => [uniqueIndex('post_metric_snapshots_slot_key').on(table.targetId, table.dueAt), index('post_metric_snapshots_org_idx').on(table.organizationId, table.fetchedAt)],
);

/** An account's audience size over time (follower growth, impression estimates). */
export const accountSnapshots = pgTable(
  'account_snapshots',
  {
    id: id(),
    socialAccountId: uuid('social_account_id').notNull().references(() => socialAccounts.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    /** The hour the snapshot belongs to: at most one per account and hour. */
    capturedHour: instant('captured_hour').notNull(),
    capturedAt: instant('captured_at').notNull(),
    followers: integer('followers'),
    following: integer('following'),
    postsCount: integer('posts_count'),
  },
  (table) => [uniqueIndex('account_snapshots_hour_key').on(table.socialAccountId, table.capturedHour)],
);

/** Public accounts a brand watches (up to 10), read where the platform allows it. */
export const competitorAccounts = pgTable(
  'competitor_accounts',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id').notNull().references(() => brands.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    handle: text('handle').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('competitor_accounts_brand_key').on(table.brandId, table.platform, table.handle)],
);

export const competitorSnapshots = pgTable(
  'competitor_snapshots',
  {
    id: id(),
    competitorId: uuid('competitor_id').notNull().references(() => competitorAccounts.id, { onDelete: 'cascade' }),
    capturedHour: instant('captured_hour').notNull(),
    capturedAt: instant('captured_at').notNull(),
    followers: integer('followers'),
    following: integer('following'),
    postsCount: integer('posts_count'),
  },
  (table) => [uniqueIndex('competitor_snapshots_hour_key').on(table.competitorId, table.capturedHour)],
);
