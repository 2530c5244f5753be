import type { CoreDeps } from '../deps';
import { loadBrand } from '../brands/brand-access';
import { assertCan } from '../organizations/permissions';
import type { BrandTrendScoreRecord, TrendRecord, TrendRunRecord } from '../ports/trend-repositories';
import type { Actor } from '../shared/actor';
import { trendScoreWeights } from './scoring/trend-score';

export interface RankedBrandTrend {
  trend: TrendRecord;
  score: Omit<BrandTrendScoreRecord, 'brandId' | 'trendId'> & { weights: typeof trendScoreWeights };
}

export interface BrandTrendsView {
  recommended: RankedBrandTrend[];
  watchlist: RankedBrandTrend[];
  weights: typeof trendScoreWeights;
  lastRun: TrendRunRecord | null;
  /** The embedding model in use: the offline lexical one unless an embeddings provider is configured. */
  embeddingModel: string;
}

/** A brand's stored top trends (recommended and watchlist) with each score's breakdown. */
export async function listBrandTrends(deps: CoreDeps, actor: Actor, brandId: string): Promise<BrandTrendsView> {
  assertCan(actor.role, 'trends.read');
  const brand = await loadBrand(deps.uow, actor, brandId);
  const scores = await deps.uow.brandTrends.scoresForBrand(brand.id);
  const trends = new Map((await deps.uow.trends.findManyByIds(actor.organizationId, scores.map((score) => score.trendId))).map((trend) => [trend.id, trend]));
  const now = deps.clock.now();
  const entries = scores.flatMap((score): RankedBrandTrend[] => {
    const trend = trends.get(score.trendId);
    if (!trend || trend.expiresAt <= now) return [];
    const { brandId: _brand, trendId: _trend, ...rest } = score;
    return [{ trend, score: { ...rest, weights: trendScoreWeights } }];
  });
  const byRank = (a: RankedBrandTrend, b: RankedBrandTrend) => a.score.rank - b.score.rank;
  return {
    recommended: entries.filter((entry) => entry.score.decision === 'recommended').sort(byRank),
    watchlist: entries.filter((entry) => entry.score.decision === 'watchlist').sort(byRank),
    weights: trendScoreWeights,
    lastRun: await deps.uow.trendRuns.latest(actor.organizationId),
    embeddingModel: deps.trends.embedder.model,
  };
}
