import { and, desc, eq, gte, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { LearnerModel } from '@socialseed/core/learning/learner-model';
import type { LearningModelRecord, LearningModelsRepository } from '@socialseed/core/ports/learning-repositories';
import type { Platform } from '@socialseed/core/publishing/platforms';
import type { Executor } from '../client';
import { brands, learningModels, postEngagement, postTargets, posts } from '../schema/index';

function toRecord(row: typeof learningModels.$inferSelect): LearningModelRecord {
  return { id: row.id, organizationId: row.organizationId, brandId: row.brandId, version: row.version, kind: row.kind, model: row.model, sampleSize: row.sampleSize, note: row.note, trainedAt: row.trainedAt };
}

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === UNIQUE_VIOLATION;

export function createLearningModelsRepository(db: Executor): LearningModelsRepository {
  return {
    async latest(organizationId, brandId) {
      const [row] = await db
        .select()
        .from(learningModels)
        .where(and(eq(learningModels.organizationId, organizationId), eq(learningModels.brandId, brandId)))
        .orderBy(desc(learningModels.version))
        .limit(1);
      return row ? toRecord(row) : null;
    },

    async latestForBrands(brandIds) {
      const models = new Map<string, LearnerModel>();
      if (brandIds.length === 0) return models;
      const rows = await db
        .selectDistinctOn([learningModels.brandId], { brandId: learningModels.brandId, model: learningModels.model })
        .from(learningModels)
        .where(inArray(learningModels.brandId, brandIds))
        .orderBy(learningModels.brandId, desc(learningModels.version));
      for (const row of rows) models.set(row.brandId, row.model);
      return models;
    },

    async save(input) {
      // Two retrains of one brand at once both read the same max: the loser retries with the next number.
      for (let attempt = 0; ; attempt++) {
        try {
          const [row] = await db
            .insert(learningModels)
            .values({
              ...input,
              version: sql`(SELECT coalesce(max(${learningModels.version}), 0) + 1 FROM ${learningModels} WHERE ${learningModels.brandId} = ${input.brandId})`,
            })
            .returning();
          if (!row) throw new Error('insert into learning_models returned no row');
          return toRecord(row);
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= 3) throw error;
        }
      }
    },

    async rewardedPosts(scope, since) {
      const conditions: SQL[] = [isNotNull(postEngagement.reward), gte(postEngagement.publishedAt, since)];
      conditions.push('organizationId' in scope ? eq(postEngagement.organizationId, scope.organizationId) : eq(brands.industry, scope.industry));
      const rows = await db
        .select({
          targetId: postEngagement.targetId,
          organizationId: postEngagement.organizationId,
          brandId: postEngagement.brandId,
          industry: brands.industry,
          brandTone: brands.tone,
          brandTimeZone: sql<string>`coalesce(${brands.preferences} ->> 'timeZone', 'UTC')`,
          platform: postEngagement.platform,
          labels: posts.labels,
          asThread: postTargets.asThread,
          mediaCount: sql<number>`coalesce(jsonb_array_length(${postTargets.mediaIds}), jsonb_array_length(${posts.mediaIds}), 0)::int`,
          publishedAt: postEngagement.publishedAt,
          reward: postEngagement.reward,
          rewardEstimated: postEngagement.rewardEstimated,
        })
        .from(postEngagement)
        .innerJoin(posts, eq(posts.id, postEngagement.postId))
        .innerJoin(postTargets, eq(postTargets.id, postEngagement.targetId))
        .innerJoin(brands, eq(brands.id, postEngagement.brandId))
        .where(and(...conditions));
      return rows.map((row) => ({ ...row, platform: row.platform as Platform, reward: row.reward ?? 0 }));
    },

    async retrainCandidates() {
      const result = await db.execute<{ organization_id: string; brand_id: string; time_zone: string; last_trained_at: Date | string | null }>(sql`
        SELECT b.id AS brand_id, b.organization_id, coalesce(b.preferences ->> 'timeZone', 'UTC') AS time_zone,
               (SELECT max(m.trained_at) FROM ${learningModels} m WHERE m.brand_id = b.id) AS last_trained_at
        FROM ${brands} b
        WHERE EXISTS (SELECT 1 FROM ${postEngagement} e WHERE e.brand_id = b.id AND e.reward IS NOT NULL)`);
      return result.rows.map((row) => ({
        organizationId: row.organization_id,
        brandId: row.brand_id,
        timeZone: row.time_zone,
        lastTrainedAt: row.last_trained_at === null ? null : new Date(row.last_trained_at),
      }));
    },
  };
}
