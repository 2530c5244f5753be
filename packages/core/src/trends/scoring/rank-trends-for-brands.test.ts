import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextAnalyzer } from '../../ports/text-analyzer';
import type { Embedding } from '../../ports/text-embedder';
import { createLexicalEmbedder } from '../embedding/lexical-embedder';
import type { TrendShape } from './format-fit';
import { rankTrendsForBrands, type BrandScoringProfile, type TrendScoringProfile } from './rank-trends-for-brands';
import { pillarRelevance } from './relevance';
import { buildIdf } from './similarity';
import { decideTrend, trendScoreWeights } from './trend-score';

const shape: TrendShape = { sources: ['newsapi'], hasImage: false, hasLink: true, summaryLength: 120, titleLength: 60 };
const range = { floor: 0, ceiling: 1 };
const axis = (i: number, size = 4): Embedding => ({ kind: 'dense', values: Array.from({ length: size }, (_, j) => (j === i ? 1 : 0)) });
/** A dense vector with cosine `c` to axis 0. */
const atCosine = (c: number): Embedding => ({ kind: 'dense', values: [c, Math.sqrt(1 - c * c), 0, 0] });

function trend(trendId: string, embedding: Embedding, opportunity: number, overrides: Partial<TrendScoringProfile> = {}): TrendScoringProfile {
  return { trendId, category: 'fintech', embedding, opportunity, shape, ...overrides };
}

function brand(overrides: Partial<BrandScoringProfile> = {}): BrandScoringProfile {
  return { brandId: 'b1', industry: 'fintech', platforms: ['x'], pillars: [{ text: 'payments', embedding: axis(0) }], rl: () => 0.5, ...overrides };
}

describe('rankTrendsForBrands', () => {
  it('explains each kept trend: components, weights, matched pillar, suggestion and reason', () => {
    const ranked = rankTrendsForBrands([brand()], [trend('t1', atCosine(0.8), 0.6)], { similarityRange: range }).get('b1');
    expect(ranked).toHaveLength(1);
    const [first] = ranked ?? [];
    // 0.35·0.8 + 0.35·0.6 + 0.2·0.9 + 0.1·0.5 = 0.28 + 0.21 + 0.18 + 0.05 = 0.72
    expect(first).toMatchObject({ trendId: 't1', decision: 'recommended', rank: 1, final: 0.72, weights: trendScoreWeights, matchedPillar: 'payments', suggested: { platform: 'x', format: 'single' } });
    expect(first?.components.relevance).toBeCloseTo(0.8, 12);
    expect(first?.components).toMatchObject({ opportunity: 0.6, format: 0.9, rl: 0.5 });
    expect(first?.reason).toBe('Recommended (score 0.72): relevance 0.80 to “payments”, opportunity 0.60, format fit 0.90; best as a single post on X.');
  });

  it('keeps at most 5 per decision, best first, ties broken by opportunity then trend id, skipped trends absent', () => {
    const trends = [
      // Recommended: seven with relevance 0.9; finals tie in pairs.
      trend('r-b', atCosine(0.9), 0.8),
      trend('r-a', atCosine(0.9), 0.8),
      trend('r-top', atCosine(1), 0.9),
      trend('r-c', atCosine(0.9), 0.7),
      trend('r-d', atCosine(0.9), 0.6),
      trend('r-e', atCosine(0.9), 0.55),
      trend('r-f', atCosine(0.9), 0.5),
      // Watchlist: 0.35·0.35 + 0.35·0.35 + 0.2·0.9 + 0.1·0.5 = 0.475.
      trend('w-1', atCosine(0.35), 0.35),
      // Skipped: relevance under 0.3, opportunity at 0.3, outside the industry with relevance under 0.5.
      trend('s-rel', atCosine(0.25), 0.9),
      trend('s-opp', atCosine(0.9), 0.3),
      trend('s-ind', atCosine(0.45), 0.9, { category: 'retail' }),
    ];
    const ranked = rankTrendsForBrands([brand()], trends, { similarityRange: range }).get('b1') ?? [];
    expect(ranked.map((entry) => [entry.decision, entry.rank, entry.trendId])).toEqual([
      ['recommended', 1, 'r-top'],
      ['recommended', 2, 'r-a'],
      ['recommended', 3, 'r-b'],
      ['recommended', 4, 'r-c'],
      ['recommended', 5, 'r-d'],
      ['watchlist', 1, 'w-1'],
    ]);
    // The same answer whatever the input order.
    const reversed = rankTrendsForBrands([brand()], [...trends].reverse(), { similarityRange: range }).get('b1') ?? [];
    expect(reversed.map((entry) => entry.trendId)).toEqual(ranked.map((entry) => entry.trendId));
  });

  it('orders equal finals by opportunity before trend id', () => {
    // Same final 0.35·r + 0.35·o: (0.9, 0.5) vs (0.5, 0.9); the one with more opportunity ranks first.
    const trends = [trend('a', atCosine(0.9), 0.5), trend('b', atCosine(0.5), 0.9)];
    const ranked = rankTrendsForBrands([brand()], trends, { similarityRange: range }).get('b1') ?? [];
    expect(ranked.map((entry) => entry.trendId)).toEqual(['b', 'a']);
    expect(ranked[0]?.final).toBe(ranked[1]?.final);
  });

  it('honours perDecision and answers every brand, with an empty list when nothing qualifies', () => {
    const trends = [trend('t1', atCosine(0.9), 0.9), trend('t2', atCosine(0.95), 0.9)];
    const result = rankTrendsForBrands([brand(), brand({ brandId: 'b2', pillars: [] })], trends, { similarityRange: range, perDecision: 1 });
    expect(result.get('b1')?.map((entry) => entry.trendId)).toEqual(['t2']);
    expect(result.get('b2')).toEqual([]);
  });

  it('matches the pillar with the best similarity, and takes RL per brand and trend', () => {
    const pillars = [
      { text: 'lending', embedding: axis(1) },
      { text: 'payments', embedding: axis(0) },
      { text: 'savings', embedding: { kind: 'dense', values: [0.6, 0.8, 0, 0] } satisfies Embedding },
    ];
    const ranked = rankTrendsForBrands([brand({ pillars, rl: (t) => (t.trendId === 't1' ? 1 : 0) })], [trend('t1', atCosine(0.95), 0.8)], { similarityRange: range }).get('b1');
    expect(ranked?.[0]?.matchedPillar).toBe('payments');
    expect(ranked?.[0]?.components.rl).toBe(1);
  });

  it('treats a brand of industry "other" as having no industry to be outside of', () => {
    const outside = [trend('t1', atCosine(0.45), 0.9, { category: 'retail' })];
    expect(rankTrendsForBrands([brand()], outside, { similarityRange: range }).get('b1')).toEqual([]);
    expect(rankTrendsForBrands([brand({ industry: 'other' })], outside, { similarityRange: range }).get('b1')).toHaveLength(1);
  });

  it('never matches vectors of different kinds', () => {
    const sparse: Embedding = { kind: 'sparse', indices: [0], values: [1] };
    expect(rankTrendsForBrands([brand()], [trend('t1', sparse, 0.9)], { similarityRange: range }).get('b1')).toEqual([]);
  });

  it('agrees with decideTrend and pillarRelevance (IDF from the trends) for any sparse corpus', () => {
    const vector = fc
      .uniqueArray(fc.nat(30), { minLength: 1, maxLength: 8 })
      .chain((indices) => fc.array(fc.double({ min: 0.1, max: 3, noNaN: true }), { minLength: indices.length, maxLength: indices.length }).map((values) => ({ indices: [...indices].sort((a, b) => a - b), values })))
      .map((entries): Embedding => ({ kind: 'sparse', ...entries }));
    const trends = fc.array(fc.record({ embedding: vector, opportunity: fc.double({ min: 0, max: 1, noNaN: true }), category: fc.constantFrom('fintech', 'tech') }), { minLength: 1, maxLength: 12 });
    const pillars = fc.array(vector, { minLength: 0, maxLength: 4 });
    fc.assert(
      fc.property(trends, pillars, (trendInputs, pillarVectors) => {
        const profiles = trendInputs.map((input, i) => trend(`t${String(i).padStart(2, '0')}`, input.embedding, input.opportunity, { category: input.category }));
        const pillarList = pillarVectors.map((embedding, i) => ({ text: `p${i}`, embedding }));
        const similarityRange = { floor: 0, ceiling: 0.5 };
        const ranked = rankTrendsForBrands([brand({ pillars: pillarList })], profiles, { similarityRange, perDecision: 100 }).get('b1') ?? [];
        const idf = buildIdf(profiles.map((profile) => profile.embedding));
        const expected = profiles.flatMap((profile) => {
          const { relevance, matchedPillar } = pillarRelevance(pillarList, profile.embedding, { range: similarityRange, idf });
          const decided = decideTrend({ relevance, opportunity: profile.opportunity, format: 0.9, rl: 0.5 }, { inBrandIndustry: profile.category === 'fintech' });
          return decided.decision === 'skip' ? [] : [{ trendId: profile.trendId, relevance, matchedPillar }];
        });
        // Scores sitting on a threshold may fall either side by rounding: compare away from them.
        const nearThreshold = (relevance: number) => [0.3, 0.5].some((threshold) => Math.abs(relevance - threshold) < 1e-9);
        if (expected.some((entry) => nearThreshold(entry.relevance)) || ranked.some((entry) => nearThreshold(entry.components.relevance))) return;
        expect(ranked.map((entry) => entry.trendId).sort()).toEqual(expected.map((entry) => entry.trendId).sort());
        for (const entry of ranked) {
          const reference = expected.find((candidate) => candidate.trendId === entry.trendId);
          expect(entry.components.relevance).toBeCloseTo(reference?.relevance ?? -1, 9);
          expect(entry.final).toBeGreaterThanOrEqual(0);
          expect(entry.final).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('ranks a pillar-related trend above an unrelated one with the lexical embedder', async () => {
    const embedder = createLexicalEmbedder(simpleAnalyzer);
    const texts = [
      'Sustainable finance: banks launch green bonds as sustainability investing grows',
      'Local football team wins the championship after a penalty shootout',
      'New smartphone camera review and battery tests',
    ];
    const [related, unrelated, other] = await embedder.embed(texts);
    const [pillar] = await embedder.embed(['sustainable finance']);
    if (!related || !unrelated || !other || !pillar) throw new Error('missing embeddings');
    const trends = [trend('related', related, 0.8), trend('unrelated', unrelated, 0.8), trend('other', other, 0.8)];
    const idf = buildIdf(trends.map((t) => t.embedding));
    const pillars = [{ text: 'sustainable finance', embedding: pillar }];
    const relatedScore = pillarRelevance(pillars, related, { range: embedder.similarityRange, idf }).relevance;
    const unrelatedScore = pillarRelevance(pillars, unrelated, { range: embedder.similarityRange, idf }).relevance;
    expect(relatedScore).toBeGreaterThan(0.5);
    expect(unrelatedScore).toBeLessThan(0.3);
    const ranked = rankTrendsForBrands([brand({ pillars })], trends, { similarityRange: embedder.similarityRange }).get('b1') ?? [];
    expect(ranked.map((entry) => entry.trendId)).toEqual(['related']);
    expect(ranked[0]?.matchedPillar).toBe('sustainable finance');
  });
});

/** Lower-case words minus a few stop words, with a plural "s" dropped: enough to test with. */
const simpleAnalyzer: TextAnalyzer = {
  analyze(text) {
    const stop = new Set(['a', 'an', 'the', 'as', 'and', 'after', 'of', 'in', 'new']);
    const lemmas = (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => !stop.has(word)).map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
    return { lemmas, sentiment: 0 };
  },
};
