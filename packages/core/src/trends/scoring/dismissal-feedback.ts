/** Each dismissal of a trend in a category lowers the brand's RL score for that category this much (×). */
export const DISMISSAL_DECAY = 0.85;
export const NEUTRAL_RL_SCORE = 0.5;

/**
 * The RL component until the learning loop exists: neutral (0.5), lowered for categories the
 * brand keeps dismissing — "not for us" is the one signal people give before any post is
 * measured.
 */
export function rlScoreFromDismissals(dismissals: ReadonlyArray<{ category: string }>, category: string): number {
  const count = dismissals.filter((dismissal) => dismissal.category === category).length;
  return NEUTRAL_RL_SCORE * DISMISSAL_DECAY ** count;
}
