import { and, eq, gt } from 'drizzle-orm';
import type { AiCacheRepository } from '@socialseed/core/ports/ai-content-repositories';
import type { Executor } from '../client';
import { aiCache } from '../schema/index';

export function createAiCacheRepository(db: Executor): AiCacheRepository {
  return {
    async get(key, now) {
      const [row] = await db.select({ value: aiCache.value }).from(aiCache).where(and(eq(aiCache.key, key), gt(aiCache.expiresAt, now)));
      return row?.value ?? null;
    },
    async put(organizationId, key, value, expiresAt) {
      await db
        .insert(aiCache)
        .values({ key, organizationId, value, expiresAt })
        .onConflictDoUpdate({ target: aiCache.key, set: { value, expiresAt, createdAt: new Date() } });
    },
  };
}
