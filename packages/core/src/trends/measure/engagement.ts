import type { TrendEngagement } from '../../ports/trend-repositories';

/**
 * Searches (Google Trends traffic) and posts counted (X) are far cheaper signals than an upvote
 * or a comment: 100 of them count as one interaction, so a "20,000+ searches" topic weighs like
 * a 200-point story rather than drowning every other source.
 */
export const TRAFFIC_PER_INTERACTION = 100;

/** One member's engagement as one number; null when the source gave no signal at all. */
export function engagementOf(engagement: TrendEngagement): number | null {
  const { score, comments, traffic } = engagement;
  if (score === null && comments === null && traffic === null) return null;
  return Math.max(0, score ?? 0) + Math.max(0, comments ?? 0) + Math.max(0, traffic ?? 0) / TRAFFIC_PER_INTERACTION;
}

/** Sum over members, ignoring unknowns; null when every member's engagement is unknown. */
export function totalEngagement(engagements: TrendEngagement[]): number | null {
  let total: number | null = null;
  for (const engagement of engagements) {
    const value = engagementOf(engagement);
    if (value !== null) total = (total ?? 0) + value;
  }
  return total;
}
