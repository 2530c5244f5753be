import { sql } from 'drizzle-orm';
import type { AccountFollowerSeries, AnalyticsRepository, EngagementPoint } from '@socialseed/core/ports/analytics-repositories';
import type { Executor } from '../client';
import { accountSnapshots, postEngagement, postMetricSnapshots, socialAccounts } from '../schema/index';
import { aggregateEngagementRate, countsOf, effectiveImpressions, inScope, localBuckets } from './analytics-sql';

type Nullable = number | null;

/**
 * Time series, bucketed by local day or week in PostgreSQL. Each bucket takes every target's
 * (or account's) latest snapshot as of the bucket's end, so a day without a fetch carries the
 * counts known by then, and a day before any fetch stays null rather than 0.
 */
export function createAnalyticsSeriesReads(db: Executor): Pick<AnalyticsRepository, 'engagementSeries' | 'followerSeries'> {
  return {
    async engagementSeries(scope, interval) {
      const latest = countsOf('latest');
      const result = await db.execute<{ day: string; platform: string; impressions: Nullable; likes: Nullable; comments: Nullable; shares: Nullable; engagement_rate: Nullable }>(sql`
        WITH buckets AS (${localBuckets(scope, interval)}),
        targets AS (
          SELECT ${postEngagement.targetId} AS target_id, ${postEngagement.platform} AS platform, ${postEngagement.publishedAt} AS published_at
          FROM ${postEngagement} WHERE ${inScope(scope)}
        ),
        platforms AS (SELECT DISTINCT platform FROM targets),
        latest AS (
          SELECT buckets.day, targets.platform, snapshot.*
          FROM buckets JOIN targets ON targets.published_at < buckets.ends_at
          JOIN LATERAL (
            SELECT s.impressions, s.estimated_impressions, s.reach, s.likes, s.comments, s.shares
            FROM ${postMetricSnapshots} s
            WHERE s.target_id = targets.target_id AND s.fetched_at < buckets.ends_at
            ORDER BY s.fetched_at DESC, s.due_at DESC
            LIMIT 1
          ) snapshot ON true
        )
        SELECT buckets.day, platforms.platform,
          sum(${effectiveImpressions(latest)})::float8 AS impressions,
          sum(latest.likes)::float8 AS likes,
          sum(latest.comments)::float8 AS comments,
          sum(latest.shares)::float8 AS shares,
          ${aggregateEngagementRate(latest)} AS engagement_rate
        FROM buckets CROSS JOIN platforms
        LEFT JOIN latest ON latest.day = buckets.day AND latest.platform = platforms.platform
        GROUP BY buckets.day, platforms.platform
        ORDER BY buckets.day, platforms.platform`);
      return result.rows.map(
        (row): EngagementPoint => ({
          date: row.day,
          platform: row.platform,
          impressions: row.impressions,
          likes: row.likes,
          comments: row.comments,
          shares: row.shares,
          engagementRate: row.engagement_rate,
        }),
      );
    },

    async followerSeries(scope) {
      const platformFilter = scope.platform ? sql`AND a.platform = ${scope.platform}` : sql``;
      const result = await db.execute<{ account_id: string; platform: string; handle: string; day: string; followers: number | null }>(sql`
        WITH buckets AS (${localBuckets(scope, 'day')})
        SELECT a.id AS account_id, a.platform, a.handle, buckets.day, latest.followers
        FROM ${socialAccounts} a
        CROSS JOIN buckets
        LEFT JOIN LATERAL (
          SELECT s.followers FROM ${accountSnapshots} s
          WHERE s.social_account_id = a.id AND s.captured_at < buckets.ends_at AND s.followers IS NOT NULL
          ORDER BY s.captured_at DESC
          LIMIT 1
        ) latest ON true
        WHERE a.organization_id = ${scope.organizationId} AND a.brand_id = ${scope.brandId} ${platformFilter}
        ORDER BY a.platform, a.handle, a.id, buckets.day`);
      const accounts = new Map<string, AccountFollowerSeries>();
      for (const row of result.rows) {
        const account = accounts.get(row.account_id) ?? { accountId: row.account_id, platform: row.platform, handle: row.handle, points: [] };
        account.points.push({ date: row.day, followers: row.followers });
        accounts.set(row.account_id, account);
      }
      return [...accounts.values()];
    },
  };
}
