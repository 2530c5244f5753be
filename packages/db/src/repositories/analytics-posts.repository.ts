import { asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnalyticsRepository, PostSortKey } from '@socialseed/core/ports/analytics-repositories';
import type { Executor } from '../client';
import { brands, postEngagement, postTargets, posts, socialAccounts } from '../schema/index';
import { formatOf, inScope, toneOf } from './analytics-sql';
import { countOf, offset, toPage } from './page';

/** Sort keys to columns; impressions sort by the estimate where a platform reports none. */
const sortColumns: Record<PostSortKey, SQL> = {
  publishedAt: sql`${postEngagement.publishedAt}`,
  reward: sql`${postEngagement.reward}`,
  engagementRate: sql`${postEngagement.engagementRate}`,
  impressions: sql`coalesce(${postEngagement.impressions}, ${postEngagement.estimatedImpressions})`,
  likes: sql`${postEngagement.likes}`,
  comments: sql`${postEngagement.comments}`,
  shares: sql`${postEngagement.shares}`,
};

/** The per-post list: each published target of the scope with its latest counts and labels. */
export function createAnalyticsPostsReads(db: Executor): Pick<AnalyticsRepository, 'listPostPerformance'> {
  return {
    async listPostPerformance(scope, sort, pagination) {
      const column = sortColumns[sort.key];
      // Unknown values go last in both directions: "top posts" never starts with posts nobody measured.
      const primary = sort.order === 'asc' ? sql`${column} ASC NULLS LAST` : sql`${column} DESC NULLS LAST`;
      const [rows, totals] = await Promise.all([
        db
          .select({
            targetId: postEngagement.targetId,
            postId: postEngagement.postId,
            text: sql<string>`coalesce(${postTargets.text}, ${posts.text})`,
            platform: postEngagement.platform,
            accountHandle: socialAccounts.handle,
            url: postTargets.platformUrl,
            publishedAt: postEngagement.publishedAt,
            impressions: postEngagement.impressions,
            estimatedImpressions: postEngagement.estimatedImpressions,
            likes: postEngagement.likes,
            comments: postEngagement.comments,
            shares: postEngagement.shares,
            engagementRate: postEngagement.engagementRate,
            virality: postEngagement.virality,
            reward: postEngagement.reward,
            rewardEstimated: postEngagement.rewardEstimated,
            rewardFinal: postEngagement.rewardFinal,
            tone: toneOf,
            format: formatOf,
          })
          .from(postEngagement)
          .innerJoin(postTargets, eq(postTargets.id, postEngagement.targetId))
          .innerJoin(posts, eq(posts.id, postEngagement.postId))
          .innerJoin(brands, eq(brands.id, postEngagement.brandId))
          .innerJoin(socialAccounts, eq(socialAccounts.id, postEngagement.socialAccountId))
          .where(inScope(scope))
          .orderBy(primary, desc(postEngagement.publishedAt), asc(postEngagement.targetId))
          .limit(pagination.limit)
          .offset(offset(pagination)),
        db.select({ count: count() }).from(postEngagement).where(inScope(scope)),
      ]);
      return toPage(rows, countOf(totals), pagination);
    },
  };
}
