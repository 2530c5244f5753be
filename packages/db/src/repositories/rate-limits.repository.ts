import { eq, lt, sql } from 'drizzle-orm';
import type { RateLimitRepository } from '@socialseed/core/ports/repositories';
import type { Executor } from '../client';
import { rateLimitCounters } from '../schema/index';

export function createRateLimitRepository(db: Executor): RateLimitRepository {
  return {
    async hit(key, windowStart) {
      const [row] = await db
        .insert(rateLimitCounters)
        .values({ key, windowStart, hits: 1 })
        .onConflictDoUpdate({
          target: [rateLimitCounters.key, rateLimitCounters.windowStart],
          set: { hits: sql`${rateLimitCounters.hits} + 1` },
        })
        .returning({ hits: rateLimitCounters.hits });
      // Old windows are dead weight; dropping this key's expired ones keeps the table small.
      await db.delete(rateLimitCounters).where(sql`${rateLimitCounters.key} = ${key} AND ${lt(rateLimitCounters.windowStart, windowStart)}`);
      return row?.hits ?? 1;
    },
    async clear(key) {
      await db.delete(rateLimitCounters).where(eq(rateLimitCounters.key, key));
    },
  };
}
