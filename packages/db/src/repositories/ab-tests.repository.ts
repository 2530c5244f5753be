import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AbTestRecord, AbTestsRepository } from '@socialseed/core/ports/ab-test-repositories';
import type { Executor } from '../client';
import { abTests, postEngagement, posts } from '../schema/index';
import { offset, toPage } from './page';

/** `significance_level` is a float4: 0.95 comes back as 0.949999988, so round to what was set. */
const toRecord = (row: typeof abTests.$inferSelect): AbTestRecord => ({ ...row, significanceLevel: Number(row.significanceLevel.toPrecision(6)) });

export function createAbTestsRepository(db: Executor): AbTestsRepository {
  const byId = (organizationId: string, id: string) => db.select().from(abTests).where(and(eq(abTests.organizationId, organizationId), eq(abTests.id, id)));

  return {
    async create(input) {
      const [row] = await db.insert(abTests).values(input).returning();
      if (!row) throw new Error('insert into ab_tests returned no row');
      return toRecord(row);
    },

    async findById(organizationId, id) {
      const [row] = await byId(organizationId, id);
      return row ? toRecord(row) : null;
    },

    async findByIdForUpdate(organizationId, id) {
      const [row] = await byId(organizationId, id).for('update');
      return row ? toRecord(row) : null;
    },

    async list(organizationId, filter, pagination) {
      const where = and(eq(abTests.organizationId, organizationId), filter.brandId ? eq(abTests.brandId, filter.brandId) : undefined);
      const [rows, [total]] = await Promise.all([
        db.select().from(abTests).where(where).orderBy(desc(abTests.createdAt), desc(abTests.id)).limit(pagination.limit).offset(offset(pagination)),
        db.select({ count: count() }).from(abTests).where(where),
      ]);
      return toPage(rows.map(toRecord), total?.count ?? 0, pagination);
    },

    async decide(id, decision) {
      const [row] = await db
        .update(abTests)
        .set({ ...decision, updatedAt: decision.decidedAt })
        .where(eq(abTests.id, id))
        .returning();
      if (!row) throw new Error(`ab test ${id} vanished while being decided`);
      return toRecord(row);
    },

    async postsOf(organizationId, postIds) {
      if (postIds.length === 0) return [];
      return db
        .select({ id: posts.id, brandId: posts.brandId, text: posts.text })
        .from(posts)
        .where(and(eq(posts.organizationId, organizationId), inArray(posts.id, postIds)));
    },

    async variantTotals(organizationId, postIds) {
      if (postIds.length === 0) return [];
      const rows = await db
        .select({
          postId: postEngagement.postId,
          impressions: sql<string>`COALESCE(sum(COALESCE(${postEngagement.impressions}, ${postEngagement.estimatedImpressions}, 0)), 0)::text`,
          interactions: sql<string>`COALESCE(sum(COALESCE(${postEngagement.likes}, 0) + COALESCE(${postEngagement.comments}, 0) + COALESCE(${postEngagement.shares}, 0)), 0)::text`,
        })
        .from(postEngagement)
        .where(and(eq(postEngagement.organizationId, organizationId), inArray(postEngagement.postId, postIds)))
        .groupBy(postEngagement.postId);
      return postIds.map((postId) => {
        const row = rows.find((candidate) => candidate.postId === postId);
        return { postId, impressions: Number(row?.impressions ?? 0), interactions: Number(row?.interactions ?? 0) };
      });
    },
  };
}
