import type { AnalyticsRange } from '../../api/analytics.ts';

/** The periods the dashboard offers, in days. */
export const periodDays = [7, 30, 90] as const;
export type PeriodDays = (typeof periodDays)[number];

export const defaultPeriod: PeriodDays = 30;

export const periodOptions = periodDays.map((days) => ({ value: String(days), label: `Last ${days} days` }));

/** The `days` address parameter, falling back to 30 for anything the page does not offer. */
export function parsePeriod(value: string | null): PeriodDays {
  return periodDays.find((days) => String(days) === value) ?? defaultPeriod;
}

const dayMs = 86_400_000;

/**
 * The last `days` days up to now. Computed when a request is sent (not when the page renders),
 * so the query keys name the period and a refetch an hour later covers the hour since.
 */
export function rangeOf(brandId: string, days: PeriodDays, now = new Date()): AnalyticsRange {
  return { brandId, from: new Date(now.getTime() - days * dayMs).toISOString(), to: now.toISOString() };
}

/** Ninety daily points are unreadable on a small chart: the longest period is drawn in weeks. */
export function intervalOf(days: PeriodDays): 'day' | 'week' {
  return days > 30 ? 'week' : 'day';
}
