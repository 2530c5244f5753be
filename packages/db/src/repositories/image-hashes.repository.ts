import { inArray, lt, sql } from 'drizzle-orm';
import type { ImageHashesRepository } from '@socialseed/core/ports/trend-repositories';
import type { Executor } from '../client';
import { imageHashes } from '../schema/index';

export function createImageHashesRepository(db: Executor): ImageHashesRepository {
  return {
    async getMany(urlKeys) {
      if (urlKeys.length === 0) return new Map();
      const rows = await db.select({ urlKey: imageHashes.urlKey, hash: imageHashes.hash }).from(imageHashes).where(inArray(imageHashes.urlKey, urlKeys));
      return new Map(rows.map((row) => [row.urlKey, row.hash]));
    },

    async deleteFetchedBefore(before) {
      const deleted = await db.delete(imageHashes).where(lt(imageHashes.fetchedAt, before)).returning({ urlKey: imageHashes.urlKey });
      return deleted.length;
    },

    async putMany(entries, now) {
      if (entries.length === 0) return;
      await db
        .insert(imageHashes)
        .values(entries.map((entry) => ({ ...entry, fetchedAt: now })))
        .onConflictDoUpdate({ target: imageHashes.urlKey, set: { hash: sql`excluded.hash`, fetchedAt: sql`excluded.fetched_at`, updatedAt: sql`now()` } });
    },
  };
}
