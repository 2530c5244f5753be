import { and, asc, eq, inArray } from 'drizzle-orm';
import type { BrandTrendsRepository } from '@socialseed/core/ports/trend-repositories';
import type { Platform } from '@socialseed/core/publishing/platforms';
import type { ContentFormat } from '@socialseed/core/ai/content-types';
import { effectiveTrendSettings } from '@socialseed/core/trends/trend-settings';
import type { Executor } from '../client';
import { brands, brandTrendScores, socialAccounts, trendDismissals } from '../schema/index';

export function createBrandTrendsRepository(db: Executor): BrandTrendsRepository {
  return {
    async getSettings(organizationId, brandId) {
      const [row] = await db
        .select({ settings: brands.trendSettings })
        .from(brands)
        .where(and(eq(brands.organizationId, organizationId), eq(brands.id, brandId)));
      return row?.settings ? effectiveTrendSettings(row.settings as Parameters<typeof effectiveTrendSettings>[0]) : null;
    },

    async putSettings(organizationId, brandId, settings) {
      await db.update(brands).set({ trendSettings: settings, updatedAt: new Date() }).where(and(eq(brands.organizationId, organizationId), eq(brands.id, brandId)));
    },

    async profiles(organizationId) {
      const rows = await db
        .select({ id: brands.id, name: brands.name, industry: brands.industry, pillars: brands.pillars, settings: brands.trendSettings })
        .from(brands)
        .where(eq(brands.organizationId, organizationId))
        .orderBy(asc(brands.createdAt));
      const accounts = await db
        .selectDistinct({ brandId: socialAccounts.brandId, platform: socialAccounts.platform })
        .from(socialAccounts)
        .where(and(eq(socialAccounts.organizationId, organizationId), eq(socialAccounts.status, 'active')));
      return rows.map((row) => ({
        brandId: row.id,
        name: row.name,
        industry: row.industry,
        pillars: row.pillars,
        settings: effectiveTrendSettings(row.settings as Parameters<typeof effectiveTrendSettings>[0]),
        platforms: accounts.filter((account) => account.brandId === row.id).map((account) => account.platform as Platform),
      }));
    },

    async replaceScores(brandIds, scores, now) {
      if (brandIds.length === 0) return;
      await db.delete(brandTrendScores).where(inArray(brandTrendScores.brandId, brandIds));
      for (let start = 0; start < scores.length; start += 2000) {
        const part = scores.slice(start, start + 2000);
        if (part.length > 0) await db.insert(brandTrendScores).values(part.map((score) => ({ ...score, scoredAt: now })));
      }
    },

    async scoresForBrand(brandId) {
      const rows = await db.select().from(brandTrendScores).where(eq(brandTrendScores.brandId, brandId)).orderBy(asc(brandTrendScores.decision), asc(brandTrendScores.rank));
      return rows.map((row) => ({ ...row, suggestedPlatform: row.suggestedPlatform as Platform, suggestedFormat: row.suggestedFormat as ContentFormat }));
    },

    async dismiss(input) {
      await db.insert(trendDismissals).values(input).onConflictDoNothing();
    },

    async dismissals(brandIds) {
      if (brandIds.length === 0) return [];
      return db
        .select({ brandId: trendDismissals.brandId, trendId: trendDismissals.trendId, category: trendDismissals.category })
        .from(trendDismissals)
        .where(inArray(trendDismissals.brandId, brandIds));
    },

    async removeScore(brandId, trendId) {
      await db.delete(brandTrendScores).where(and(eq(brandTrendScores.brandId, brandId), eq(brandTrendScores.trendId, trendId)));
    },
  };
}
