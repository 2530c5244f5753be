import { apiCommand, apiRequest } from './http-client.ts';
import {
  brandTrendsSchema,
  trendAnalysisRequestSchema,
  trendDetailEnvelopeSchema,
  trendRunEnvelopeSchema,
  trendSettingsEnvelopeSchema,
  type TrendSettings,
} from './schemas/trend.ts';

const brandPath = (brandId: string) => `/brands/${encodeURIComponent(brandId)}`;

/** The brand's ranked trends (recommended and watchlist), the weights and the last run. */
export function getBrandTrends(brandId: string) {
  return apiRequest(`${brandPath(brandId)}/trends`, brandTrendsSchema);
}

/** "Refresh now": queues a forced run for a worker, or returns the one already under way. */
export function requestTrendAnalysis() {
  return apiRequest('/ai-agents/trends/analyze', trendAnalysisRequestSchema, { method: 'POST' });
}

/** The organization's newest run (null before the first one), or one run by id. */
export async function getTrendRun(runId: string | 'latest') {
  const result = await apiRequest(`/ai-agents/trends/runs/${encodeURIComponent(runId)}`, trendRunEnvelopeSchema);
  return result.run;
}

/** Hides the trend for this brand; the ranking learns the brand is not interested. */
export function dismissTrend(brandId: string, trendId: string) {
  return apiCommand(`${brandPath(brandId)}/trends/${encodeURIComponent(trendId)}/dismiss`);
}

export function getTrendSettings(brandId: string) {
  return apiRequest(`${brandPath(brandId)}/trend-settings`, trendSettingsEnvelopeSchema);
}

export function updateTrendSettings(brandId: string, settings: TrendSettings) {
  return apiRequest(`${brandPath(brandId)}/trend-settings`, trendSettingsEnvelopeSchema, { method: 'PUT', body: settings });
}

/** One trend of the organization, for writing a post from it. */
export async function getTrend(trendId: string) {
  const result = await apiRequest(`/analytics/trends/${encodeURIComponent(trendId)}`, trendDetailEnvelopeSchema);
  return result.trend;
}
