import { apiBlob, apiRequest } from './http-client.ts';
import {
  audienceSchema,
  engagementSeriesSchema,
  growthSchema,
  overviewSchema,
  postPerformancePageSchema,
  sandboxHistoryResultSchema,
  syncQueuedSchema,
  type PostSortKey,
} from './schemas/analytics.ts';

/** Which brand and which stretch of time every analytics read is about (ISO instants). */
export interface AnalyticsRange {
  brandId: string;
  from: string;
  to: string;
}

const rangeQuery = ({ brandId, from, to }: AnalyticsRange) => ({ brandId, from, to });

/** Period totals, the previous period's and the change between them. */
export function getAnalyticsOverview(range: AnalyticsRange) {
  return apiRequest('/analytics/overview', overviewSchema, { query: rangeQuery(range) });
}

/** Per-post performance, one row per published target, sorted on the server. */
export function getPostPerformance(range: AnalyticsRange, options: { sort: PostSortKey; order: 'asc' | 'desc'; page?: number; limit?: number }) {
  return apiRequest('/analytics/posts', postPerformancePageSchema, {
    query: { ...rangeQuery(range), sort: options.sort, order: options.order, page: options.page ?? 1, limit: options.limit ?? 10 },
  });
}

/** Daily (or weekly) sums per platform. */
export function getEngagementSeries(range: AnalyticsRange, interval: 'day' | 'week') {
  return apiRequest('/analytics/engagement', engagementSeriesSchema, { query: { ...rangeQuery(range), interval } });
}

/** Followers of each of the brand's accounts over the period. */
export function getFollowerGrowth(range: AnalyticsRange) {
  return apiRequest('/analytics/growth', growthSchema, { query: rangeQuery(range) });
}

/** Best times to post and what kind of content does best, from the brand's own data. */
export function getAudience(range: AnalyticsRange) {
  return apiRequest('/analytics/audience', audienceSchema, { query: rangeQuery(range) });
}

/** "Sync now": queues a fetch of fresh metrics for the organization's recent posts. */
export function requestEngagementSync() {
  return apiRequest('/analytics/sync', syncQueuedSchema, { method: 'POST' });
}

/**
 * Fills a Sandbox-only brand with 30 days of simulated published posts and their metrics, so the
 * dashboard and the learner can be tried offline. Nothing real is posted anywhere.
 */
export function simulateSandboxHistory(brandId: string) {
  return apiRequest('/analytics/sandbox-history', sandboxHistoryResultSchema, { method: 'POST', body: { brandId } });
}

/**
 * The period's per-post figures as CSV. A plain link cannot carry the Authorization header (the
 * access token lives only in memory), so the file is fetched here and handed to the browser.
 */
export function exportAnalyticsCsv(range: AnalyticsRange): Promise<Blob> {
  const query = new URLSearchParams({ ...rangeQuery(range), format: 'csv' });
  return apiBlob(`/analytics/export?${query.toString()}`);
}
