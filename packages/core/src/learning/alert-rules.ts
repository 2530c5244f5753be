/**
 * The analytics alerts of the issue, as pure rules: a post far above the brand's average (viral),
 * far below it once it had a day to find its audience (poor), and a day of brand engagement
 * outside the usual range (unusual activity). Unknown values and empty baselines never alert:
 * a false alarm teaches people to ignore the real ones.
 */

/** A post is viral above this multiple of the brand's average… */
export const VIRAL_RATIO = 3;
/** …and poor below this share of it… */
export const POOR_RATIO = 0.5;
/** …once it is this old (a young post has not been seen by its audience yet). */
export const POOR_AFTER_HOURS = 24;
/** The brand's average means little with fewer other measured posts than this. */
export const MIN_BASELINE_POSTS = 3;
/** Unusual activity: beyond this many standard deviations of the previous days… */
export const ANOMALY_SIGMAS = 3;
/** …of which at least this many must be known. */
export const MIN_ANOMALY_HISTORY_DAYS = 7;

export type PostAlertKind = 'viral' | 'poor';
export type AlertMeasure = 'engagementRate' | 'reward';

export interface PostMeasures {
  /** (likes + comments + shares) / reach or impressions; null when unknown. */
  engagementRate: number | null;
  /** The seed reward (0–5); null when unknown. */
  reward: number | null;
}

export interface PostAlertInput {
  post: PostMeasures;
  /** The brand's average of each measure over its other recent posts (null when it has none). */
  brandAverage: PostMeasures;
  /** How many of the brand's other posts the average is made of. */
  baselinePosts: number;
  hoursSincePublished: number;
}

export interface PostAlert {
  kind: PostAlertKind;
  measure: AlertMeasure;
  value: number;
  average: number;
  /** value ÷ average, e.g. 3.4 for "3.4× the average". */
  ratio: number;
}

/**
 * Which alert a post deserves, if any (at most one: a post cannot be both). Engagement rate is
 * compared when the post and the brand both have it, otherwise the reward; a zero or unknown
 * average, or fewer than MIN_BASELINE_POSTS other posts, gives no alert (anything is "3× of
 * nothing"). Viral can fire at any age; poor only from POOR_AFTER_HOURS on.
 */
export function detectPostAlerts(input: PostAlertInput): PostAlert | null {
  if (input.baselinePosts < MIN_BASELINE_POSTS) return null;
  const compared = pickMeasure(input.post, input.brandAverage);
  if (!compared) return null;
  const { measure, value, average } = compared;
  const ratio = value / average;
  if (ratio > VIRAL_RATIO) return { kind: 'viral', measure, value, average, ratio };
  if (ratio < POOR_RATIO && input.hoursSincePublished >= POOR_AFTER_HOURS) return { kind: 'poor', measure, value, average, ratio };
  return null;
}

const usable = (value: number | null): value is number => value !== null && Number.isFinite(value);

function pickMeasure(post: PostMeasures, average: PostMeasures): { measure: AlertMeasure; value: number; average: number } | null {
  for (const measure of ['engagementRate', 'reward'] as const) {
    const value = post[measure];
    const mean = average[measure];
    if (usable(value) && usable(mean) && mean > 0 && value >= 0) return { measure, value, average: mean };
  }
  return null;
}

/** The mean of the known values; null when there is none. */
export function averageOf(values: Array<number | null>): number | null {
  const known = values.filter(usable);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length;
}

export interface ActivityAnomaly {
  kind: 'spike' | 'drop';
  mean: number;
  sigma: number;
  today: number;
}

/**
 * Whether today's engagement is beyond ANOMALY_SIGMAS standard deviations of the previous
 * days' (null entries are days without data and are skipped; at least
 * MIN_ANOMALY_HISTORY_DAYS known days are needed). Values are counts (interactions per day),
 * so the standard deviation is at least √mean, the Poisson noise of a count: a quiet, perfectly
 * steady history (σ = 0) does not turn one extra like into an alarm. A history of zeros has no
 * baseline and never alerts.
 */
export function detectActivityAnomaly(dailyValues: Array<number | null>, today: number | null): 'spike' | 'drop' | null {
  return describeActivityAnomaly(dailyValues, today)?.kind ?? null;
}

/** Like detectActivityAnomaly, with the baseline, for the notification's wording. */
export function describeActivityAnomaly(dailyValues: Array<number | null>, today: number | null): ActivityAnomaly | null {
  const history = dailyValues.filter(usable);
  if (!usable(today) || history.length < MIN_ANOMALY_HISTORY_DAYS) return null;
  const mean = history.reduce((sum, value) => sum + value, 0) / history.length;
  if (mean <= 0) return null;
  const variance = history.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (history.length - 1);
  const sigma = Math.max(Math.sqrt(variance), Math.sqrt(mean));
  if (today > mean + ANOMALY_SIGMAS * sigma) return { kind: 'spike', mean, sigma, today };
  if (today < mean - ANOMALY_SIGMAS * sigma) return { kind: 'drop', mean, sigma, today };
  return null;
}
