import type { CoreDeps } from '../deps';
import { localDateOf } from '../publishing/zoned-time';
import { slugify } from '../organizations/slug';
import type { PostPerformanceRecord, PostSort } from '../ports/analytics-repositories';
import type { Actor } from '../shared/actor';
import { resolveAnalyticsScope, type AnalyticsQuery } from './analytics-scope';
import { toCsv, type CsvCell } from './csv';

/** Rows fetched per query while exporting. */
const EXPORT_PAGE = 1000;
/** A year of a busy brand; more would be a report, not a download. */
export const EXPORT_MAX_ROWS = 50_000;

const columns: Array<[string, (record: PostPerformanceRecord) => CsvCell]> = [
  ['targetId', (r) => r.targetId],
  ['postId', (r) => r.postId],
  ['publishedAt', (r) => r.publishedAt.toISOString()],
  ['platform', (r) => r.platform],
  ['accountHandle', (r) => r.accountHandle],
  ['url', (r) => r.url],
  ['text', (r) => r.text],
  ['tone', (r) => r.tone],
  ['format', (r) => r.format],
  ['impressions', (r) => r.impressions],
  ['estimatedImpressions', (r) => r.estimatedImpressions],
  ['likes', (r) => r.likes],
  ['comments', (r) => r.comments],
  ['shares', (r) => r.shares],
  ['engagementRate', (r) => r.engagementRate],
  ['virality', (r) => r.virality],
  ['reward', (r) => r.reward],
  ['rewardEstimated', (r) => r.rewardEstimated],
  ['rewardFinal', (r) => r.rewardFinal],
];

/** The brand's name as a file-name part; "brand" when nothing of it survives (a name in another script). */
const fileSlug = (name: string) => (/[a-z0-9]/i.test(name.normalize('NFKD')) ? slugify(name) : 'brand');

const isoDate = (instant: Date, timeZone: string) => {
  const { year, month, day } = localDateOf(instant, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

export interface AnalyticsCsv {
  filename: string;
  csv: string;
  rows: number;
}

/**
 * Every post of the period as CSV (one row per published target, the full text rather than an
 * excerpt), for spreadsheets: header row, RFC 4180 quoting, formulas neutralised. The file is
 * named after the brand and the period's local dates (`to` is exclusive, so its date is the day
 * before when it falls at midnight).
 */
export async function exportAnalyticsCsv(deps: CoreDeps, actor: Actor, query: AnalyticsQuery, sort: PostSort): Promise<AnalyticsCsv> {
  const { brand, scope } = await resolveAnalyticsScope(deps, actor, query);
  const records: PostPerformanceRecord[] = [];
  for (let page = 1; records.length < EXPORT_MAX_ROWS; page++) {
    const batch = await deps.uow.analytics.listPostPerformance(scope, sort, { page, limit: EXPORT_PAGE });
    records.push(...batch.items);
    if (batch.items.length < EXPORT_PAGE) break;
  }
  const rows = records.slice(0, EXPORT_MAX_ROWS);
  const lastInstant = new Date(scope.to.getTime() - 1);
  const filename = `socialseed-${fileSlug(brand.name)}-${isoDate(scope.from, scope.timeZone)}-to-${isoDate(lastInstant, scope.timeZone)}.csv`;
  return { filename, rows: rows.length, csv: toCsv([columns.map(([name]) => name), ...rows.map((record) => columns.map(([, pick]) => pick(record)))]) };
}
