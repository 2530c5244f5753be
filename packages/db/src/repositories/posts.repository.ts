import { and, arrayContains, asc, between, count, desc, eq, gte, ilike, lte, type SQL } from 'drizzle-orm';
import type { PostsRepository } from '@socialseed/core/ports/publishing-repositories';
import type { PostRecord } from '@socialseed/core/publishing/post';
import type { Executor } from '../client';
import { postVersions, posts } from '../schema/index';
import { countOf, offset, toPage } from './page';

function toRecord(row: typeof posts.$inferSelect): PostRecord {
  return row;
}

const inOrganization = (organizationId: string, id: string) => and(eq(posts.organizationId, organizationId), eq(posts.id, id));

export function createPostsRepository(db: Executor): PostsRepository {
  return {
    async create(input) {
      const [row] = await db.insert(posts).values(input).returning();
      if (!row) throw new Error('insert into posts returned no row');
      return toRecord(row);
    },
    async recentTexts(organizationId, brandId, limit) {
      const rows = await db
        .select({ text: posts.text })
        .from(posts)
        .where(and(eq(posts.organizationId, organizationId), eq(posts.brandId, brandId)))
        .orderBy(desc(posts.createdAt))
        .limit(limit);
      return rows.map((row) => row.text);
    },
    async findById(organizationId, id) {
      const [row] = await db.select().from(posts).where(inOrganization(organizationId, id));
      return row ? toRecord(row) : null;
    },
    async findByIdForUpdate(organizationId, id) {
      const [row] = await db.select().from(posts).where(inOrganization(organizationId, id)).for('update');
      return row ? toRecord(row) : null;
    },
    async list(organizationId, filter, pagination) {
      const conditions: SQL[] = [eq(posts.organizationId, organizationId)];
      if (filter.status) conditions.push(eq(posts.status, filter.status));
      if (filter.brandId) conditions.push(eq(posts.brandId, filter.brandId));
      if (filter.tag) conditions.push(arrayContains(posts.tags, [filter.tag]));
      if (filter.from) conditions.push(gte(posts.scheduledAt, filter.from));
      if (filter.to) conditions.push(lte(posts.scheduledAt, filter.to));
      if (filter.search) conditions.push(ilike(posts.text, `%${filter.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
      const where = and(...conditions);
      const rows = await db.select().from(posts).where(where).orderBy(desc(posts.createdAt), desc(posts.id)).limit(pagination.limit).offset(offset(pagination));
      const total = await db.select({ count: count() }).from(posts).where(where);
      return toPage(rows.map(toRecord), countOf(total), pagination);
    },
    async update(id, patch) {
      const [row] = await db.update(posts).set({ ...patch, updatedAt: new Date() }).where(eq(posts.id, id)).returning();
      if (!row) throw new Error(`post ${id} vanished during update`);
      return toRecord(row);
    },
    async delete(id) {
      await db.delete(posts).where(eq(posts.id, id));
    },
    async saveVersion(postId, version, snapshot, userId) {
      await db.insert(postVersions).values({ postId, version, snapshot, createdByUserId: userId });
    },
    async listVersions(postId) {
      return db
        .select({ version: postVersions.version, snapshot: postVersions.snapshot, createdAt: postVersions.createdAt, createdByUserId: postVersions.createdByUserId })
        .from(postVersions)
        .where(eq(postVersions.postId, postId))
        .orderBy(desc(postVersions.version));
    },
    async listScheduledBetween(organizationId, from, to, brandId) {
      const conditions: SQL[] = [eq(posts.organizationId, organizationId), between(posts.scheduledAt, from, to)];
      if (brandId) conditions.push(eq(posts.brandId, brandId));
      const rows = await db.select().from(posts).where(and(...conditions)).orderBy(asc(posts.scheduledAt)).limit(2000);
      return rows.map(toRecord);
    },
  };
}

/** Row mapping shared with the delivery batch repository. */
export { toRecord as toPostRecord };
