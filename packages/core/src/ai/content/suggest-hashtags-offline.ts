import type { BrandVoice } from '../content-types';
import { hashtagsIn, toHashtag, uniqueHashtags } from './hashtag-text';
import { keyPhrases } from './key-phrases';

/**
 * Hashtags for a text without a model: the text's key phrases first (what the post is about),
 * then the brand's pillars, then its industry, as CamelCase tags. Tags the text already carries
 * are left out, so the result can be appended as it is.
 */
export function suggestHashtagsOffline(text: string, brand: BrandVoice, count: number): string[] {
  if (count <= 0) return [];
  const present = new Set(hashtagsIn(text).map((tag) => tag.toLowerCase()));
  const candidates = [
    ...keyPhrases(text, 6),
    ...brand.pillars.map((pillar) => keyPhrases(pillar, 1)[0] ?? pillar),
    ...(brand.industry && brand.industry !== 'other' ? [brand.industry] : []),
  ];
  const tags = candidates.flatMap((phrase) => toHashtag(phrase) ?? []).filter((tag) => !present.has(tag.toLowerCase()));
  return uniqueHashtags(tags).slice(0, count);
}
