import type { SafetyVerdict } from '../content-types';
import type { PlatformLimits } from '../../publishing/rules/platform-limits';
import { fitMeasure } from '../../publishing/rules/thread-for-platform';
import { hashtagNorm } from './hashtag-norms';
import { hashtagsIn, uniqueHashtags } from './hashtag-text';
import { cosineSimilarity, textVector } from './text-similarity';

/** How many of the brand's recent posts novelty compares with. */
export const NOVELTY_WINDOW = 50;
/** A cosine at or above this means the text is squarely about the pillar (short pillars never reach 1). */
const FULL_ALIGNMENT_COSINE = 0.4;
/** Score for a brand without pillars: alignment cannot be judged, so it neither helps nor fails. */
const NO_PILLARS_ALIGNMENT = 0.5;
/** A post with no hashtags is fine, but loses the discovery tags bring. */
const NO_HASHTAGS_SCORE = 0.6;

/**
 * 1 within the limit as the platform counts it (Bluesky's byte cap included); over it, at most
 * 0.5 — the post would be refused — falling to 0 at 50 % over. An empty text is 0.
 */
export function fitsLimitPart(text: string, limits: PlatformLimits): number {
  if (text.trim() === '') return 0;
  const length = fitMeasure(limits)(text);
  if (length <= limits.maxLength) return 1;
  const overshoot = (length - limits.maxLength) / limits.maxLength;
  return Math.max(0, 0.5 * (1 - overshoot / 0.5));
}

/** The best pillar and its alignment in 0–1 (see FULL_ALIGNMENT_COSINE). */
export function pillarAlignmentPart(text: string, pillars: readonly string[]): { score: number; matchedPillar: string | null } {
  const usable = pillars.filter((pillar) => pillar.trim() !== '');
  if (usable.length === 0) return { score: NO_PILLARS_ALIGNMENT, matchedPillar: null };
  const vector = textVector(text);
  let best = { similarity: 0, pillar: null as string | null };
  for (const pillar of usable) {
    const similarity = cosineSimilarity(vector, textVector(pillar));
    if (similarity > best.similarity) best = { similarity, pillar };
  }
  return { score: Math.min(1, best.similarity / FULL_ALIGNMENT_COSINE), matchedPillar: best.pillar };
}

/**
 * 1 within the platform's usual range (hashtag-norms.ts), 0.6 with none, losing 0.25 per tag
 * above the range, and 0 over the platform's hard cap. Tags in the text and in the list count once.
 */
export function hashtagsPart(text: string, hashtags: readonly string[], limits: PlatformLimits): number {
  const count = uniqueHashtags([...hashtagsIn(text), ...hashtags.map((tag) => (tag.startsWith('#') ? tag : `#${tag}`))]).length;
  if (limits.maxHashtags !== null && count > limits.maxHashtags) return 0;
  const norm = hashtagNorm(limits.platform);
  if (count === 0) return NO_HASHTAGS_SCORE;
  if (count < norm.min) return 0.8;
  if (count <= norm.max) return 1;
  return Math.max(0, 1 - 0.25 * (count - norm.max));
}

/** 1 − the highest similarity to one of the brand's last posts (the first NOVELTY_WINDOW given); 1 with none. */
export function noveltyPart(text: string, recentTexts: readonly string[]): number {
  const vector = textVector(text);
  let highest = 0;
  for (const recent of recentTexts.slice(0, NOVELTY_WINDOW)) highest = Math.max(highest, cosineSimilarity(vector, textVector(recent)));
  return 1 - highest;
}

export const brandSafetyPart = (safety: SafetyVerdict): number => (safety.safe ? 1 : 0);
