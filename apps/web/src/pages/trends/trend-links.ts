import type { RankedTrend } from '../../api/schemas/trend.ts';

/** The studio, briefed with the trend and the network and format the ranking suggests. */
export function generatePostHref(brandId: string, { trend, score }: RankedTrend): string {
  const params = new URLSearchParams({ brandId, trendId: trend.id, platform: score.suggestedPlatform, format: score.suggestedFormat });
  return `/create?${params.toString()}`;
}
