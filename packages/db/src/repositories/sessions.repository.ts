import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { SessionsRepository } from '@socialseed/core/ports/repositories';
import type { SessionRecord } from '@socialseed/core/ports/entities';
import type { Executor } from '../client';
import { sessions } from '../schema/index';
import { countOf, offset, toPage } from './page';

/** How many superseded hashes a session remembers for reuse detection. */
const REMEMBERED_HASHES = 50;

function toRecord(row: typeof sessions.$inferSelect): SessionRecord {
  return {
    id: row.id,
    userId: row.userId,
    refreshTokenHash: row.refreshTokenHash,
    previousTokenHashes: row.previousTokenHashes,
    device: row.device,
    ip: row.ip,
    userAgent: row.userAgent,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  };
}

const active = (userId: string, now: Date) =>
  and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now));

export function createSessionsRepository(db: Executor): SessionsRepository {
  return {
    async create(input) {
      const [row] = await db.insert(sessions).values(input).returning();
      if (!row) throw new Error('insert into sessions returned no row');
      return toRecord(row);
    },
    async findByTokenHash(hash) {
      const [row] = await db.select().from(sessions).where(eq(sessions.refreshTokenHash, hash));
      return row ? toRecord(row) : null;
    },
    async findByPreviousTokenHash(hash) {
      const [row] = await db.select().from(sessions).where(sql`${hash} = ANY(${sessions.previousTokenHashes})`).limit(1);
      return row ? toRecord(row) : null;
    },
    async rotate(id, expectedHash, newHash, now, expiresAt) {
      const rows = await db
        .update(sessions)
        .set({
          refreshTokenHash: newHash,
          previousTokenHashes: sql`(array_prepend(${expectedHash}::text, ${sessions.previousTokenHashes}))[1:${REMEMBERED_HASHES}]`,
          lastUsedAt: now,
          expiresAt,
        })
        .where(and(eq(sessions.id, id), eq(sessions.refreshTokenHash, expectedHash), isNull(sessions.revokedAt)))
        .returning({ id: sessions.id });
      return rows.length === 1;
    },
    async revoke(id, reason, now) {
      await db
        .update(sessions)
        .set({ revokedAt: now, revokedReason: reason })
        .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
    },
    async revokeAllForUser(userId, reason, now) {
      await db
        .update(sessions)
        .set({ revokedAt: now, revokedReason: reason })
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
    },
    async listActiveForUser(userId, now, pagination) {
      const rows = await db
        .select()
        .from(sessions)
        .where(active(userId, now))
        .orderBy(desc(sessions.lastUsedAt))
        .limit(pagination.limit)
        .offset(offset(pagination));
      const total = await db.select({ count: count() }).from(sessions).where(active(userId, now));
      return toPage(rows.map(toRecord), countOf(total), pagination);
    },
    async findActiveForUser(userId, sessionId, now) {
      const [row] = await db.select().from(sessions).where(and(active(userId, now), eq(sessions.id, sessionId)));
      return row ? toRecord(row) : null;
    },
  };
}
