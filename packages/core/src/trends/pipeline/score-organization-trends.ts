import type { CoreDeps } from '../../deps';
import type { Embedding, TextEmbedder } from '../../ports/text-embedder';
import type { ActiveTrend, BrandTrendProfile, BrandTrendScoreWrite } from '../../ports/trend-repositories';
import { rankTrendsForBrands, type BrandScoringProfile, type TrendScoringProfile } from '../scoring/rank-trends-for-brands';
import { rlScoreFromDismissals } from '../scoring/dismissal-feedback';
import { rlScoreFor } from '../../learning/rl-score';

/** Stored per brand and decision: the top of the list is what people act on. */
export const TOP_PER_DECISION = 5;

async function embedWith(embedder: TextEmbedder, texts: string[]): Promise<Embedding[]> {
  return texts.length === 0 ? [] : embedder.embed(texts);
}

/**
 * Ranks the organization's recent trends for each of its brands and stores every brand's top 5
 * recommended and top 5 watchlist, with their explanations. Trends embedded by another model
 * (the provider was configured or removed since) are re-embedded first; if the provider fails,
 * everything is compared in the lexical model for this ranking.
 */
export interface RankingOutcome {
  brands: number;
  /** The model everything was compared in, and why it is not the configured one when it fell back. */
  model: string;
  fellBack: boolean;
  error: string | null;
}

export async function scoreOrganizationTrends(deps: CoreDeps, organizationId: string, profiles: BrandTrendProfile[]): Promise<RankingOutcome> {
  if (profiles.length === 0) return { brands: 0, model: deps.trends.embedder.model, fellBack: false, error: null };
  const now = deps.clock.now();
  const active = await deps.uow.trends.listActive(organizationId, now, new Date(now.getTime() - deps.trends.settings.rankWindowMs));
  const pillarTexts = profiles.map((profile) => (profile.pillars.length > 0 ? profile.pillars : [profile.industry]));

  let embedder = deps.trends.embedder;
  let trendVectors: Embedding[];
  let pillarVectors: Embedding[];
  let failure: string | null = null;
  try {
    const stale = active.filter((trend) => trend.embeddingModel !== embedder.model);
    const renewed = await embedWith(embedder, stale.map((trend) => `${trend.title}. ${trend.summary}`));
    if (stale.length > 0) await deps.uow.trends.updateEmbeddings(stale.map((trend, index) => ({ id: trend.id, embedding: renewed[index]!, embeddingModel: embedder.model })));
    const byId = new Map(stale.map((trend, index) => [trend.id, renewed[index]!]));
    trendVectors = active.map((trend) => byId.get(trend.id) ?? trend.embedding);
    pillarVectors = await embedWith(embedder, pillarTexts.flat());
  } catch (error) {
    if (embedder === deps.trends.lexical) throw error;
    failure = error instanceof Error ? error.message : String(error);
    embedder = deps.trends.lexical;
    trendVectors = await Promise.all(active.map(async (trend) => (trend.embeddingModel === embedder.model ? trend.embedding : (await embedder.embed([`${trend.title}. ${trend.summary}`]))[0]!)));
    pillarVectors = await embedWith(embedder, pillarTexts.flat());
  }

  const dismissals = await deps.uow.brandTrends.dismissals(profiles.map((profile) => profile.brandId));
  const models = await deps.uow.learningModels.latestForBrands(profiles.map((profile) => profile.brandId));
  const trends: TrendScoringProfile[] = active.map((trend: ActiveTrend, index) => ({
    trendId: trend.id,
    category: trend.category,
    embedding: trendVectors[index]!,
    opportunity: trend.opportunity,
    shape: { sources: trend.sources, hasImage: trend.hasImage, hasLink: trend.hasLink, summaryLength: trend.summaryLength, titleLength: trend.titleLength },
  }));

  let offset = 0;
  const brands: BrandScoringProfile[] = profiles.map((profile, index) => {
    const texts = pillarTexts[index]!;
    const pillars = texts.map((text, pillarIndex) => ({ text, embedding: pillarVectors[offset + pillarIndex]! }));
    offset += texts.length;
    const mine = dismissals.filter((dismissal) => dismissal.brandId === profile.brandId);
    const model = models.get(profile.brandId) ?? null;
    return { brandId: profile.brandId, industry: profile.industry, platforms: profile.platforms, pillars, rl: (trend) => rlScoreFromDismissals(mine, trend.category, rlScoreFor(model, trend.category)) };
  });

  // Dismissed trends are ranked too and then removed, so ask for enough to still fill the top 5.
  const mostDismissed = Math.max(0, ...profiles.map((profile) => dismissals.filter((dismissal) => dismissal.brandId === profile.brandId).length));
  const ranked = rankTrendsForBrands(brands, trends, { similarityRange: embedder.similarityRange, perDecision: TOP_PER_DECISION + mostDismissed });

  const scores: BrandTrendScoreWrite[] = [];
  for (const profile of profiles) {
    const hidden = new Set(dismissals.filter((dismissal) => dismissal.brandId === profile.brandId).map((dismissal) => dismissal.trendId));
    const kept = (ranked.get(profile.brandId) ?? []).filter((entry) => !hidden.has(entry.trendId));
    for (const decision of ['recommended', 'watchlist'] as const) {
      kept
        .filter((entry) => entry.decision === decision)
        .slice(0, TOP_PER_DECISION)
        .forEach((entry, position) => {
          scores.push({
            brandId: profile.brandId,
            trendId: entry.trendId,
            decision,
            rank: position + 1,
            final: entry.final,
            relevance: entry.components.relevance,
            opportunity: entry.components.opportunity,
            format: entry.components.format,
            rl: entry.components.rl,
            matchedPillar: entry.matchedPillar,
            suggestedPlatform: entry.suggested.platform,
            suggestedFormat: entry.suggested.format,
            reason: entry.reason,
          });
        });
    }
  }
  await deps.uow.transaction((repos) => repos.brandTrends.replaceScores(profiles.map((profile) => profile.brandId), scores, now));
  return { brands: profiles.length, model: embedder.model, fellBack: failure !== null, error: failure };
}
