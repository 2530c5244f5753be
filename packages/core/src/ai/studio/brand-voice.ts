import { AppError } from '../../errors';
import type { Repositories } from '../../ports/repositories';
import type { BrandRecord } from '../../brands/brand';
import type { BrandVoice } from '../content-types';

/** How many of the brand's latest posts new copy is compared with (novelty). */
export const RECENT_POSTS_COMPARED = 50;

export interface BrandContext {
  brand: BrandRecord;
  voice: BrandVoice;
  recentTexts: string[];
}

/** The brand as the studio writes for it: voice, safety lists and what it posted lately. */
export async function loadBrandContext(repos: Pick<Repositories, 'brands' | 'brandSafetyLists' | 'posts'>, organizationId: string, brandId: string): Promise<BrandContext> {
  const brand = await repos.brands.findById(organizationId, brandId);
  if (!brand) throw AppError.invalid([{ field: 'brandId', message: 'No such brand in this organization' }]);
  const [lists, recentTexts] = await Promise.all([repos.brandSafetyLists.find(organizationId, brandId), repos.posts.recentTexts(organizationId, brandId, RECENT_POSTS_COMPARED)]);
  return {
    brand,
    recentTexts,
    voice: {
      name: brand.name,
      industry: brand.industry,
      tone: brand.tone,
      pillars: brand.pillars,
      audience: brand.audience,
      voiceSamples: brand.voiceSamples,
      bannedWords: lists.bannedWords,
      sensitiveTopics: lists.sensitiveTopics,
    },
  };
}
