import { and, eq } from 'drizzle-orm';
import type { BrandSafetyListsRepository } from '@socialseed/core/ports/ai-content-repositories';
import type { Executor } from '../client';
import { brandSafetyLists } from '../schema/index';

export function createBrandSafetyListsRepository(db: Executor): BrandSafetyListsRepository {
  return {
    async find(organizationId, brandId) {
      const [row] = await db
        .select({ bannedWords: brandSafetyLists.bannedWords, sensitiveTopics: brandSafetyLists.sensitiveTopics })
        .from(brandSafetyLists)
        .where(and(eq(brandSafetyLists.organizationId, organizationId), eq(brandSafetyLists.brandId, brandId)));
      return row ?? { bannedWords: [], sensitiveTopics: [] };
    },
    async save(organizationId, brandId, lists) {
      const [row] = await db
        .insert(brandSafetyLists)
        .values({ organizationId, brandId, ...lists })
        .onConflictDoUpdate({ target: brandSafetyLists.brandId, set: { ...lists, updatedAt: new Date() } })
        .returning({ bannedWords: brandSafetyLists.bannedWords, sensitiveTopics: brandSafetyLists.sensitiveTopics });
      if (!row) throw new Error('upsert into brand_safety_lists returned no row');
      return row;
    },
  };
}
