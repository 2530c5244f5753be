/** Each dismissal of a trend in a category lowers the brand's RL score for that category this much (×). */
export const DISMISSAL_DECAY = 0.85;
export const NEUTRAL_RL_SCORE = 0.5;

/**
 * The RL component of a trend's score for a brand: what the learner measured for posts about
 * the trend's category (`learned`, 0–1; neutral 0.5 without data), lowered for categories the
 * brand keeps dismissing — "not for us" is the one signal people give before any post is
 * measured, and it still counts after.
 */
export function rlScoreFromDismissals(dismissals: ReadonlyArray<{ category: string }>, category: string, learned = NEUTRAL_RL_SCORE): number {
  const count = dismissals.filter((dismissal) => dismissal.category === category).length;
  return learned * DISMISSAL_DECAY ** count;
}
