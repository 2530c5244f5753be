import type { BrandVoice, QualityBreakdown, QualityScore, SafetyVerdict } from '../content-types';
import type { PlatformLimits } from '../../publishing/rules/platform-limits';
import { brandSafetyPart, fitsLimitPart, hashtagsPart, noveltyPart, pillarAlignmentPart } from './quality-parts';
import { readabilityScore } from './readability';

/**
 * Weights of the quality score, summing to 1. Fitting the platform and brand safety weigh most:
 * failing either makes a post unpublishable, and with 0.25 each a failing post can score at most
 * 0.75 or 0.875, below the default auto-approve threshold (0.9). Pillar fit and novelty are what
 * make a post worth publishing for this brand; readability and hashtags are polish.
 */
export const qualityWeights: Readonly<QualityBreakdown> = {
  fitsLimit: 0.25,
  brandSafety: 0.25,
  pillarAlignment: 0.15,
  novelty: 0.15,
  readability: 0.1,
  hashtags: 0.1,
};

export interface QualityInput {
  /** The whole post as it would be published, hashtags included. */
  text: string;
  /** Tags listed beside the text (a model's list); counted once with those in the text. */
  hashtags: string[];
  limits: PlatformLimits;
  brand: BrandVoice;
  /** checkBrandSafety's verdict on the same text. */
  safety: SafetyVerdict;
  /** The brand's latest posts, newest first; the first 50 are compared. */
  recentTexts: string[];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * How good a draft is for this brand on this platform, 0–1, with the parts that make it up, so
 * the studio can show why. Deterministic and pure: the server re-scores a saved text with the
 * same function before deciding whether it may skip approval.
 */
export function scoreQuality(input: QualityInput): QualityScore {
  const alignment = pillarAlignmentPart(input.text, input.brand.pillars);
  const parts: QualityBreakdown = {
    fitsLimit: round(fitsLimitPart(input.text, input.limits)),
    brandSafety: brandSafetyPart(input.safety),
    pillarAlignment: round(alignment.score),
    readability: round(readabilityScore(input.text)),
    hashtags: round(hashtagsPart(input.text, input.hashtags, input.limits)),
    novelty: round(noveltyPart(input.text, input.recentTexts)),
  };
  const keys = Object.keys(qualityWeights) as Array<keyof QualityBreakdown>;
  const score = keys.reduce((sum, key) => sum + parts[key] * qualityWeights[key], 0);
  return { score: round(score), parts, matchedPillar: alignment.matchedPillar };
}
