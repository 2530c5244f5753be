import { describeTrendDecision } from './trend-reason';
import { toUnitInterval } from './unit-interval';

/** How much each component counts in the final score (they sum to 1). */
export const trendScoreWeights = { relevance: 0.35, opportunity: 0.35, format: 0.2, rl: 0.1 } as const;

/** Each in 0–1. */
export interface TrendScoreComponents {
  relevance: number;
  opportunity: number;
  format: number;
  rl: number;
}

export type TrendDecision = 'recommended' | 'watchlist' | 'skip';

/**
 * The decision engine's thresholds.
 * - At or below 0.3 relevance or opportunity a trend is skipped, whatever the rest says.
 * - Outside the brand's industry, relevance must reach 0.5: halfway up the embedder's
 *   similarity range, i.e. the trend plainly shares a pillar's words or meaning — an unrelated
 *   industry's story that only brushes a pillar is noise for this brand.
 * - Above 0.5 final a trend is recommended; otherwise it goes on the watchlist.
 */
export const trendThresholds = { minRelevance: 0.3, minOpportunity: 0.3, outOfIndustryMinRelevance: 0.5, recommendAbove: 0.5 } as const;

/** Removes floating-point noise (0.35·0.5 + … = 0.49999999999999994) so the 0.5 boundary means 0.5; rounding is monotone. */
const FINAL_PRECISION = 1e9;

/** Components clamped to [0, 1] (NaN → 0). */
export function clampComponents(components: TrendScoreComponents): TrendScoreComponents {
  return {
    relevance: toUnitInterval(components.relevance),
    opportunity: toUnitInterval(components.opportunity),
    format: toUnitInterval(components.format),
    rl: toUnitInterval(components.rl),
  };
}

/** The weighted sum of already-clamped components, in [0, 1]. */
export function trendFinalScore(components: TrendScoreComponents): number {
  const sum =
    trendScoreWeights.relevance * components.relevance +
    trendScoreWeights.opportunity * components.opportunity +
    trendScoreWeights.format * components.format +
    trendScoreWeights.rl * components.rl;
  return toUnitInterval(Math.round(sum * FINAL_PRECISION) / FINAL_PRECISION);
}

/** Why a trend is skipped, or null when it is not; the rules in the order the reason names them. */
export type SkipRule = 'low-relevance' | 'outside-industry' | 'low-opportunity';

export function trendSkipRule(components: TrendScoreComponents, inBrandIndustry: boolean): SkipRule | null {
  if (components.relevance <= trendThresholds.minRelevance) return 'low-relevance';
  if (!inBrandIndustry && components.relevance < trendThresholds.outOfIndustryMinRelevance) return 'outside-industry';
  if (components.opportunity <= trendThresholds.minOpportunity) return 'low-opportunity';
  return null;
}

/** Recommended or watchlist for a trend that is not skipped. */
export function keptDecision(final: number): 'recommended' | 'watchlist' {
  return final > trendThresholds.recommendAbove ? 'recommended' : 'watchlist';
}

/** The final score, the decision and a one-line reason, from the four components (clamped to [0, 1] first). */
export function decideTrend(components: TrendScoreComponents, context: { inBrandIndustry: boolean }): { final: number; decision: TrendDecision; reason: string } {
  const clamped = clampComponents(components);
  const final = trendFinalScore(clamped);
  const skip = trendSkipRule(clamped, context.inBrandIndustry);
  const decision: TrendDecision = skip ? 'skip' : keptDecision(final);
  return { final, decision, reason: describeTrendDecision({ components: clamped, final, decision, skip, matchedPillar: null, suggested: null }) };
}
