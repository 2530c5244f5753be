import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AnalyticsScope } from '@socialseed/core/ports/analytics-repositories';
import { brands, postEngagement, postTargets, posts } from '../schema/index';

/**
 * SQL shared by the analytics reads. The derived metrics follow core's
 * learning/engagement-metrics.ts exactly, so a sum computed here means what a per-post figure
 * computed there means.
 */

/** The scope's targets: the brand's, published in [from, to), on the platform when one is asked. */
export function inScope(scope: AnalyticsScope): SQL {
  const conditions = [
    eq(postEngagement.organizationId, scope.organizationId),
    eq(postEngagement.brandId, scope.brandId),
    gte(postEngagement.publishedAt, scope.from),
    lt(postEngagement.publishedAt, scope.to),
  ];
  if (scope.platform) conditions.push(eq(postEngagement.platform, scope.platform));
  return and(...conditions) as SQL;
}

/** Columns of one set of counts (a post_engagement row or a snapshot), by SQL alias or table. */
export interface CountColumns {
  impressions: SQL;
  estimatedImpressions: SQL;
  reach: SQL;
  likes: SQL;
  comments: SQL;
  shares: SQL;
}

export const engagementCounts: CountColumns = {
  impressions: sql`${postEngagement.impressions}`,
  estimatedImpressions: sql`${postEngagement.estimatedImpressions}`,
  reach: sql`${postEngagement.reach}`,
  likes: sql`${postEngagement.likes}`,
  comments: sql`${postEngagement.comments}`,
  shares: sql`${postEngagement.shares}`,
};

/** The same columns under a plain alias (for raw queries over snapshots). */
export function countsOf(alias: string): CountColumns {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  return {
    impressions: column('impressions'),
    estimatedImpressions: column('estimated_impressions'),
    reach: column('reach'),
    likes: column('likes'),
    comments: column('comments'),
    shares: column('shares'),
  };
}

/** Reported impressions, else the estimate (Bluesky and Mastodon report none). */
export const effectiveImpressions = (counts: CountColumns) => sql`coalesce(${counts.impressions}, ${counts.estimatedImpressions})`;

/** likes + comments + shares, an unknown part counting as absent; null when all three are unknown. */
export const interactions = (counts: CountColumns) =>
  sql`CASE WHEN ${counts.likes} IS NULL AND ${counts.comments} IS NULL AND ${counts.shares} IS NULL THEN NULL
      ELSE coalesce(${counts.likes}, 0) + coalesce(${counts.comments}, 0) + coalesce(${counts.shares}, 0) END`;

/** What engagement rate divides by: reach when known and positive, else impressions (or their estimate). */
export const rateBase = (counts: CountColumns) => sql`CASE WHEN ${counts.reach} > 0 THEN ${counts.reach} ELSE ${effectiveImpressions(counts)} END`;

/**
 * Σ interactions / Σ base over the rows where both are known and the base is positive: the
 * engagement rate of a group of posts, weighted by how many people saw each.
 */
export function aggregateEngagementRate(counts: CountColumns): SQL<number | null> {
  const measurable = sql`${interactions(counts)} IS NOT NULL AND ${rateBase(counts)} > 0`;
  return sql<number | null>`(sum(${interactions(counts)}) FILTER (WHERE ${measurable}))::float8 / nullif(sum(${rateBase(counts)}) FILTER (WHERE ${measurable}), 0)::float8`;
}

/** A sum that stays null when no row knows the value (unknown is never zero); 0 over no rows at all. */
export const knownSum = (value: SQL) => sql<number | null>`CASE WHEN count(*) = 0 THEN 0 ELSE sum(${value})::float8 END`;

/** The post's tone label, else the brand's tone (null when neither is known). Needs posts and brands joined. */
export const toneOf = sql<string | null>`coalesce(${posts.labels} ->> 'tone', ${brands.tone})`;

/**
 * The post's format label, else what the target implies: a thread when sent as one, a
 * carousel with two or more images (the target's own, else the post's), otherwise a single
 * post — the same fallback training uses (learning/reward-samples.ts). Needs posts and post_targets joined.
 */
export const formatOf = sql<string>`coalesce(${posts.labels} ->> 'format', CASE
  WHEN ${postTargets.asThread} THEN 'thread'
  WHEN coalesce(jsonb_array_length(${postTargets.mediaIds}), jsonb_array_length(${posts.mediaIds}), 0) >= 2 THEN 'carousel'
  ELSE 'single' END)`;

/**
 * Local days (or Monday-started weeks) covering [from, to) in the scope's time zone, each with
 * the instant it ends (capped at `to`): `day` as 'YYYY-MM-DD', `ends_at` timestamptz. Adding a
 * day to the local wall-clock time before converting back keeps DST days 23 or 25 hours long.
 */
export function localBuckets(scope: AnalyticsScope, interval: 'day' | 'week'): SQL {
  const unit = sql.raw(`'${interval}'`);
  const step = sql.raw(`interval '1 ${interval}'`);
  const zone = sql`${scope.timeZone}::text`;
  const from = sql`${scope.from.toISOString()}::timestamptz`;
  const to = sql`${scope.to.toISOString()}::timestamptz`;
  return sql`
    SELECT to_char(local_start, 'YYYY-MM-DD') AS day, least((local_start + ${step}) AT TIME ZONE ${zone}, ${to}) AS ends_at
    FROM generate_series(date_trunc(${unit}, ${from} AT TIME ZONE ${zone}), (${to} AT TIME ZONE ${zone}) - interval '1 microsecond', ${step}) AS local_start`;
}
