import { and, count, desc, eq, inArray, lte } from 'drizzle-orm';
import type { SandboxPostsRepository } from '@socialseed/core/ports/publishing-repositories';
import type { Executor } from '../client';
import { sandboxPosts } from '../schema/index';

export function createSandboxPostsRepository(db: Executor): SandboxPostsRepository {
  return {
    async insert(post) {
      await db.insert(sandboxPosts).values(post);
    },
    async findByIdempotencyKey(accountId, idempotencyKey) {
      const [row] = await db
        .select({ id: sandboxPosts.id, createdAt: sandboxPosts.createdAt })
        .from(sandboxPosts)
        .where(and(eq(sandboxPosts.accountId, accountId), eq(sandboxPosts.idempotencyKey, idempotencyKey)))
        .orderBy(desc(sandboxPosts.createdAt))
        .limit(1);
      return row ?? null;
    },
    async find(id) {
      const [row] = await db.select().from(sandboxPosts).where(eq(sandboxPosts.id, id));
      return row ? { id: row.id, accountId: row.accountId, text: row.text, createdAt: row.createdAt, mediaCount: row.mediaCount, tone: row.tone, format: row.format } : null;
    },
    async findMany(ids) {
      if (ids.length === 0) return [];
      const rows = await db.select().from(sandboxPosts).where(inArray(sandboxPosts.id, [...new Set(ids)]));
      return rows.map((row) => ({ id: row.id, accountId: row.accountId, text: row.text, createdAt: row.createdAt, mediaCount: row.mediaCount, tone: row.tone, format: row.format }));
    },
    async delete(id) {
      await db.delete(sandboxPosts).where(eq(sandboxPosts.id, id));
    },
    async countByIdempotencyKey(idempotencyKey) {
      const [row] = await db.select({ count: count() }).from(sandboxPosts).where(eq(sandboxPosts.idempotencyKey, idempotencyKey));
      return Number(row?.count ?? 0);
    },
    async countForAccount(accountId, asOf) {
      const [row] = await db.select({ count: count() }).from(sandboxPosts).where(and(eq(sandboxPosts.accountId, accountId), lte(sandboxPosts.createdAt, asOf)));
      return Number(row?.count ?? 0);
    },
  };
}
