import type { EngagementPoint } from '../../api/schemas/analytics.ts';

export const engagementMetrics = ['interactions', 'impressions', 'engagementRate'] as const;
export type EngagementMetric = (typeof engagementMetrics)[number];

export const engagementMetricLabels: Record<EngagementMetric, string> = {
  interactions: 'Interactions (likes, comments, shares)',
  impressions: 'Impressions',
  engagementRate: 'Engagement rate',
};

/** Likes + comments + shares, counting unknown parts as absent; null when all three are unknown. */
function interactionsOf(point: EngagementPoint): number | null {
  const known = [point.likes, point.comments, point.shares].filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
}

export function metricValue(point: EngagementPoint, metric: EngagementMetric): number | null {
  if (metric === 'interactions') return interactionsOf(point);
  return point[metric];
}

/** One row per date with a column per platform, the shape a Recharts line chart draws. */
export type ChartRow = { date: string } & Record<string, number | null | string>;

/** The platforms in the series, in order of first appearance. */
export function platformsOf(series: readonly EngagementPoint[]): string[] {
  return [...new Set(series.map((point) => point.platform))];
}

/**
 * Turns the API's long series (date × platform rows) into chart rows sorted by date. A date a
 * platform has no row for stays null, so the line shows a gap rather than a false zero.
 */
export function pivotSeries(series: readonly EngagementPoint[], metric: EngagementMetric): ChartRow[] {
  const platforms = platformsOf(series);
  const rows = new Map<string, ChartRow>();
  for (const point of series) {
    let row = rows.get(point.date);
    if (!row) {
      row = { date: point.date, ...Object.fromEntries(platforms.map((platform) => [platform, null])) };
      rows.set(point.date, row);
    }
    row[point.platform] = metricValue(point, metric);
  }
  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** True when no point has a known value for the metric: the chart would be empty. */
export function hasValues(series: readonly EngagementPoint[], metric: EngagementMetric): boolean {
  return series.some((point) => metricValue(point, metric) !== null);
}
