import type { ContentFormat } from '../../ai/content-types';
import type { Embedding } from '../../ports/text-embedder';
import type { Platform } from '../../publishing/platforms';
import { BoundedTopK } from './bounded-top-k';
import { DenseTrendVectors } from './dense-trend-vectors';
import { formatFit, type TrendShape } from './format-fit';
import { rescaleSimilarity, type SimilarityRange } from './relevance';
import { SparseTrendIndex } from './sparse-trend-index';
import { describeTrendDecision } from './trend-reason';
import { clampComponents, keptDecision, trendFinalScore, trendScoreWeights, trendSkipRule, type TrendScoreComponents } from './trend-score';
import { toUnitInterval } from './unit-interval';

export interface TrendScoringProfile {
  trendId: string;
  /** An industry (brands' `industry` values). */
  category: string;
  embedding: Embedding;
  /** 0–1, from `opportunityScore`. */
  opportunity: number;
  shape: TrendShape;
}

export interface BrandScoringProfile {
  brandId: string;
  industry: string;
  platforms: Platform[];
  pillars: Array<{ text: string; embedding: Embedding }>;
  /** RL score per trend, 0.5 until learned. */
  rl(trend: TrendScoringProfile): number;
}

export interface RankedTrend {
  trendId: string;
  decision: 'recommended' | 'watchlist';
  /** 1-based within its decision. */
  rank: number;
  final: number;
  components: TrendScoreComponents;
  weights: typeof trendScoreWeights;
  matchedPillar: string | null;
  suggested: { platform: Platform; format: ContentFormat };
  reason: string;
}

export const DEFAULT_TRENDS_PER_DECISION = 5;

/** A brand of industry "other" has no industry to be outside of: its pillars alone decide. */
export function isInBrandIndustry(brandIndustry: string, trendCategory: string): boolean {
  return brandIndustry === 'other' || brandIndustry === trendCategory;
}

interface Candidate {
  position: number;
  final: number;
  opportunity: number;
  trendId: string;
  components: TrendScoreComponents;
  pillar: number;
}

/** Final desc, then opportunity desc, then trend id (code-unit order, locale-free) so equal scores rank the same every run. */
function ranksBefore(a: Candidate, b: Candidate): boolean {
  if (a.final !== b.final) return a.final > b.final;
  if (a.opportunity !== b.opportunity) return a.opportunity > b.opportunity;
  return a.trendId < b.trendId;
}

/** Format fit per trend for one set of platforms, computed when first needed: brands share few platform sets. */
class FormatFitCache {
  private readonly byPlatforms = new Map<string, Array<ReturnType<typeof formatFit> | undefined>>();

  constructor(private readonly trends: readonly TrendScoringProfile[]) {}

  fit(platforms: readonly Platform[], position: number): ReturnType<typeof formatFit> {
    const key = [...platforms].sort().join(',');
    let fits = this.byPlatforms.get(key);
    if (!fits) {
      fits = new Array<ReturnType<typeof formatFit> | undefined>(this.trends.length);
      this.byPlatforms.set(key, fits);
    }
    const cached = fits[position];
    if (cached) return cached;
    const fit = formatFit((this.trends[position] as TrendScoringProfile).shape, platforms);
    fits[position] = fit;
    return fit;
  }
}

/**
 * Scores every trend for every brand and keeps, per brand, the best `perDecision` (default 5)
 * recommended and the best `perDecision` watchlist trends; skipped trends are absent. Each kept
 * trend carries its components, weights, matched pillar, suggested platform and format, and a
 * one-line reason. Relevance is the best pillar's cosine (IDF from these trends for sparse
 * vectors) rescaled by `similarityRange`; vectors of different kinds never match.
 *
 * Built for 1,000 trends × 1,000 brands well under a second: sparse pillars walk an inverted index
 * of the trends, per-trend best cosines live in typed arrays, format fit is cached per platform
 * set, and reasons are written only for the trends kept.
 */
export function rankTrendsForBrands(
  brands: BrandScoringProfile[],
  trends: TrendScoringProfile[],
  options: { similarityRange: SimilarityRange; perDecision?: number },
): Map<string, RankedTrend[]> {
  const perDecision = Math.max(0, Math.floor(options.perDecision ?? DEFAULT_TRENDS_PER_DECISION));
  const embeddings = trends.map((trend) => trend.embedding);
  const sparseIndex = new SparseTrendIndex(embeddings);
  const denseVectors = new DenseTrendVectors(embeddings);
  const formatFits = new FormatFitCache(trends);
  const opportunities = Float64Array.from(trends, (trend) => toUnitInterval(trend.opportunity));
  const bestCosine = new Float64Array(trends.length);
  const bestPillar = new Int32Array(trends.length);
  const result = new Map<string, RankedTrend[]>();

  for (const brand of brands) {
    bestCosine.fill(0);
    bestPillar.fill(-1);
    brand.pillars.forEach((pillar, pillarIndex) => {
      const keepBest = (position: number, cosine: number) => {
        // Strictly greater: on a tie the earlier pillar stays matched.
        if (cosine > (bestCosine[position] ?? 0)) {
          bestCosine[position] = cosine;
          bestPillar[position] = pillarIndex;
        }
      };
      if (pillar.embedding.kind === 'sparse') sparseIndex.forEachCosine(pillar.embedding, keepBest);
      else denseVectors.forEachCosine(pillar.embedding.values, keepBest);
    });

    const kept = { recommended: new BoundedTopK<Candidate>(perDecision, ranksBefore), watchlist: new BoundedTopK<Candidate>(perDecision, ranksBefore) };
    for (let position = 0; position < trends.length; position += 1) {
      const relevance = rescaleSimilarity(bestCosine[position] ?? 0, options.similarityRange);
      const trend = trends[position] as TrendScoringProfile;
      const opportunity = opportunities[position] ?? 0;
      const inIndustry = isInBrandIndustry(brand.industry, trend.category);
      // Skip rules need neither format nor RL: most pairs stop here.
      if (trendSkipRule({ relevance, opportunity, format: 0, rl: 0 }, inIndustry) !== null) continue;
      const fit = formatFits.fit(brand.platforms, position);
      const components = clampComponents({ relevance, opportunity, format: fit.score, rl: brand.rl(trend) });
      const final = trendFinalScore(components);
      kept[keptDecision(final)].offer({ position, final, opportunity, trendId: trend.trendId, components, pillar: bestPillar[position] ?? -1 });
    }

    const ranked: RankedTrend[] = [];
    for (const decision of ['recommended', 'watchlist'] as const) {
      kept[decision].toArray().forEach((candidate, index) => {
        const suggested = formatFits.fit(brand.platforms, candidate.position);
        const matchedPillar = brand.pillars[candidate.pillar]?.text ?? null;
        ranked.push({
          trendId: candidate.trendId,
          decision,
          rank: index + 1,
          final: candidate.final,
          components: candidate.components,
          weights: trendScoreWeights,
          matchedPillar,
          suggested: { platform: suggested.platform, format: suggested.format },
          reason: describeTrendDecision({ components: candidate.components, final: candidate.final, decision, skip: null, matchedPillar, suggested }),
        });
      });
    }
    result.set(brand.brandId, ranked);
  }
  return result;
}
