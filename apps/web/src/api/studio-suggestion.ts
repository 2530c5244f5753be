import { z } from 'zod';
import { apiRequest } from './http-client.ts';
import { contentFormats } from './schemas/ai.ts';
import { tones } from './schemas/brand.ts';
import type { Platform } from './schemas/social-account.ts';

export const studioSuggestionSchema = z.object({
  tone: z.enum(tones).nullable(),
  format: z.enum(contentFormats),
  reason: z.string(),
  /** 'learner' when measured posts back it; 'brand' when it is just the brand's own tone. */
  source: z.enum(['learner', 'brand']),
});
export type StudioSuggestion = z.infer<typeof studioSuggestionSchema>;

/** The tone and format the brand's learner proposes for a post on a platform, with its reason. */
export function getStudioSuggestion(brandId: string, platform: Platform, trendId: string | undefined) {
  const query = new URLSearchParams({ platform, ...(trendId ? { trendId } : {}) });
  return apiRequest(`/brands/${encodeURIComponent(brandId)}/learning/recommendation?${query.toString()}`, studioSuggestionSchema);
}
