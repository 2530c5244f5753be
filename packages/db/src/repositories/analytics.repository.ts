import { and, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { AnalyticsRepository, GroupDimension, PeriodTotals } from '@socialseed/core/ports/analytics-repositories';
import type { Platform } from '@socialseed/core/publishing/platforms';
import type { Executor } from '../client';
import { brands, postEngagement, postTargets, posts } from '../schema/index';
import { aggregateEngagementRate, effectiveImpressions, engagementCounts, formatOf, inScope, knownSum, toneOf } from './analytics-sql';
import { createAnalyticsPostsReads } from './analytics-posts.repository';
import { createAnalyticsSeriesReads } from './analytics-series.repository';

/** What a performance group is keyed by; posts of unknown tone share the key "unknown". */
const groupKeys: Record<GroupDimension, SQL<string>> = {
  tone: sql<string>`coalesce(${toneOf}, 'unknown')`,
  format: formatOf,
  platform: sql<string>`${postEngagement.platform}`,
};

/** Totals, groups and samples of a brand's period, summed by PostgreSQL; series and lists live beside it. */
export function createAnalyticsRepository(db: Executor): AnalyticsRepository {
  return {
    ...createAnalyticsPostsReads(db),
    ...createAnalyticsSeriesReads(db),

    async totals(scope): Promise<PeriodTotals> {
      const [row] = await db
        .select({
          posts: sql<number>`count(*)::int`,
          impressions: knownSum(effectiveImpressions(engagementCounts)),
          likes: knownSum(sql`${postEngagement.likes}`),
          comments: knownSum(sql`${postEngagement.comments}`),
          shares: knownSum(sql`${postEngagement.shares}`),
          engagementRate: aggregateEngagementRate(engagementCounts),
          averageReward: sql<number | null>`avg(${postEngagement.reward}::numeric)::float8`,
          estimated: sql<boolean>`coalesce(bool_or(${postEngagement.rewardEstimated} OR (${postEngagement.impressions} IS NULL AND ${postEngagement.estimatedImpressions} IS NOT NULL)), false)`,
        })
        .from(postEngagement)
        .where(inScope(scope));
      return row ?? { posts: 0, impressions: 0, likes: 0, comments: 0, shares: 0, engagementRate: null, averageReward: null, estimated: false };
    },

    async groups(scope, by) {
      const key = groupKeys[by];
      const averageReward = sql<number | null>`avg(${postEngagement.reward}::numeric)::float8`;
      return db
        .select({ key, posts: sql<number>`count(*)::int`, averageReward, engagementRate: aggregateEngagementRate(engagementCounts) })
        .from(postEngagement)
        .innerJoin(postTargets, eq(postTargets.id, postEngagement.targetId))
        .innerJoin(posts, eq(posts.id, postEngagement.postId))
        .innerJoin(brands, eq(brands.id, postEngagement.brandId))
        .where(inScope(scope))
        .groupBy(key)
        .orderBy(sql`${averageReward} DESC NULLS LAST`, desc(sql`count(*)`), key);
    },

    async rewardedPosts(scope) {
      const rows = await db
        .select({
          targetId: postEngagement.targetId,
          organizationId: postEngagement.organizationId,
          brandId: postEngagement.brandId,
          industry: brands.industry,
          brandTone: brands.tone,
          brandTimeZone: sql<string>`${scope.timeZone}::text`,
          platform: postEngagement.platform,
          labels: posts.labels,
          asThread: postTargets.asThread,
          mediaCount: sql<number>`coalesce(jsonb_array_length(${postTargets.mediaIds}), jsonb_array_length(${posts.mediaIds}), 0)::int`,
          publishedAt: postEngagement.publishedAt,
          reward: sql<number>`${postEngagement.reward}`.mapWith(Number),
          rewardEstimated: postEngagement.rewardEstimated,
        })
        .from(postEngagement)
        .innerJoin(posts, eq(posts.id, postEngagement.postId))
        .innerJoin(postTargets, eq(postTargets.id, postEngagement.targetId))
        .innerJoin(brands, eq(brands.id, postEngagement.brandId))
        .where(and(inScope(scope), isNotNull(postEngagement.reward)))
        .orderBy(postEngagement.publishedAt, postEngagement.targetId);
      return rows.map((row) => ({ ...row, platform: row.platform as Platform }));
    },
  };
}
