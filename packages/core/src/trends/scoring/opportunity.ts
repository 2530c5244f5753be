import type { SentimentLabel } from './sentiment';
import { toUnitInterval } from './unit-interval';

export type { SentimentLabel } from './sentiment';

/**
 * Saturation points: the signal at which each part of the score is full. Beyond them more of
 * the same says nothing new for a post that goes out within hours.
 * - 10 mentions: ten items about one story in one fetch cycle is as loud as our sources get.
 * - 4 sources: a story on four independent sources (of seven) is everywhere.
 * - 500 engagement/hour: a Hacker News front-page story collects ~100–300 points in its first
 *   hours and a hot Reddit post a few hundred upvotes an hour; 500/h is the top of that range.
 *   Log-scaled, so 300/h already reads as 0.92.
 */
export const opportunitySaturation = { mentions: 10, sources: 4, engagementPerHour: 500 } as const;

/**
 * How much each signal counts (they sum to 1). Engagement is the most direct evidence that
 * people care; momentum says whether that attention is still growing (a post lands hours later);
 * mentions and distinct sources confirm it is a story, not one outlet's item.
 * Unknown engagement (null) adds nothing: we do not invent attention we cannot see. So a lone
 * item with no engagement data and flat momentum scores 0.175 — news, not yet a trend — and
 * needs engagement, momentum or a second mention or source to clear the 0.3 skip line.
 */
export const opportunityWeights = { engagement: 0.3, momentum: 0.35, mentions: 0.2, sources: 0.15 } as const;

/** Negative news is a weaker opportunity for brands (riding it reads as opportunism); upbeat news a stronger one. */
export const sentimentMultipliers: Record<SentimentLabel, number> = { negative: 0.8, neutral: 1, positive: 1.1 };

/** ln(1 + x) / ln(1 + saturation), clamped: diminishing returns, 0 at none, 1 at saturation. */
function logSaturating(value: number, saturation: number): number {
  if (!(value > 0)) return 0;
  return toUnitInterval(Math.log1p(value) / Math.log1p(saturation));
}

/**
 * How worthwhile a trend is to post about now, in 0–1, from its volume (mentions, sources,
 * engagement per hour), momentum (−1 fading … +1 rising) and sentiment. Monotone: more of any
 * signal never lowers it. The sentiment multiplier is applied last, then clamped to [0, 1].
 */
export function opportunityScore(input: {
  mentions: number;
  sources: number;
  engagementPerHour: number | null;
  momentum: number;
  sentiment: SentimentLabel;
}): number {
  // The first mention and the first source are what every trend has: only extra ones count.
  const mentions = logSaturating(input.mentions - 1, opportunitySaturation.mentions - 1);
  const sources = toUnitInterval((input.sources - 1) / (opportunitySaturation.sources - 1));
  const engagement = input.engagementPerHour === null ? 0 : logSaturating(input.engagementPerHour, opportunitySaturation.engagementPerHour);
  const momentum = Number.isNaN(input.momentum) ? 0.5 : toUnitInterval((input.momentum + 1) / 2);
  const base =
    opportunityWeights.engagement * engagement +
    opportunityWeights.momentum * momentum +
    opportunityWeights.mentions * mentions +
    opportunityWeights.sources * sources;
  return toUnitInterval(base * sentimentMultipliers[input.sentiment]);
}
