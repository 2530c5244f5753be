import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Embedding } from '../../ports/text-embedder';
import { pillarRelevance, rescaleSimilarity } from './relevance';
import { buildIdf, denseCosine, embeddingCosine, isComparable, sparseCosine } from './similarity';

const sparse = (entries: Array<[number, number]>): Extract<Embedding, { kind: 'sparse' }> => ({ kind: 'sparse', indices: entries.map(([index]) => index), values: entries.map(([, value]) => value) });
const dense = (values: number[]): Embedding => ({ kind: 'dense', values });

describe('cosine', () => {
  it('merges sorted sparse indices', () => {
    // a = (1, 2) on {3, 7}; b = (2, 1) on {7, 9}: dot 2·2 = 4, norms √5 · √5.
    expect(sparseCosine(sparse([[3, 1], [7, 2]]), sparse([[7, 2], [9, 1]]))).toBeCloseTo(4 / 5, 12);
    expect(sparseCosine(sparse([[1, 1]]), sparse([[2, 1]]))).toBe(0);
    expect(sparseCosine(sparse([]), sparse([[2, 1]]))).toBe(0);
  });

  it('computes dense cosine, 0 for zero vectors', () => {
    expect(denseCosine([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(denseCosine([0, 0], [1, 1])).toBe(0);
  });

  it('never compares vectors of different models', () => {
    expect(isComparable(dense([1, 2]), dense([1, 2, 3]))).toBe(false);
    expect(isComparable(dense([1, 2]), sparse([[1, 1]]))).toBe(false);
    expect(embeddingCosine(dense([1, 0]), sparse([[0, 1]]))).toBe(0);
    expect(embeddingCosine(dense([1, 0]), dense([2, 0]))).toBeCloseTo(1, 12);
  });

  it('stays in [−1, 1] and is symmetric', () => {
    const vector = fc.dictionary(fc.nat(50).map(String), fc.double({ min: -100, max: 100, noNaN: true })).map((entries) => sparse(Object.entries(entries).map(([index, value]) => [Number(index), value] as [number, number]).sort(([a], [b]) => a - b)));
    fc.assert(
      fc.property(vector, vector, (a, b) => {
        const cosine = sparseCosine(a, b);
        expect(Math.abs(cosine)).toBeLessThanOrEqual(1 + 1e-12);
        expect(cosine).toBeCloseTo(sparseCosine(b, a), 12);
      }),
    );
  });
});

describe('buildIdf', () => {
  it('weighs features by ln((N+1)/(df+1)) + 1 over the sparse vectors given', () => {
    const idf = buildIdf([sparse([[1, 1], [2, 1]]), sparse([[2, 1]]), dense([1])]);
    expect(idf.documents).toBe(2);
    expect(idf.weight(2)).toBeCloseTo(1, 12);
    expect(idf.weight(1)).toBeCloseTo(Math.log(3 / 2) + 1, 12);
    expect(idf.weight(99)).toBeCloseTo(Math.log(3) + 1, 12);
  });

  it('lets a rare shared feature count more than a common one', () => {
    const common = 1;
    const rare = 2;
    const trends = [sparse([[common, 1], [rare, 1]]), sparse([[common, 1], [3, 1]]), sparse([[common, 1], [4, 1]])];
    const idf = buildIdf(trends);
    const [first] = trends;
    if (!first) throw new Error('no trend');
    expect(sparseCosine(sparse([[rare, 1]]), first, idf)).toBeGreaterThan(sparseCosine(sparse([[common, 1]]), first, idf));
  });
});

describe('relevance', () => {
  it('rescales cosine from the model’s [floor, ceiling] to [0, 1], clamped', () => {
    const range = { floor: 0.1, ceiling: 0.6 };
    expect(rescaleSimilarity(0.1, range)).toBe(0);
    expect(rescaleSimilarity(0.35, range)).toBeCloseTo(0.5, 12);
    expect(rescaleSimilarity(0.6, range)).toBe(1);
    expect(rescaleSimilarity(-0.5, range)).toBe(0);
    expect(rescaleSimilarity(0.9, range)).toBe(1);
  });

  it('matches the pillar with the best similarity', () => {
    const pillars = [
      { text: 'far', embedding: dense([0, 1]) },
      { text: 'near', embedding: dense([1, 0.1]) },
      { text: 'middle', embedding: dense([1, 1]) },
    ];
    const result = pillarRelevance(pillars, dense([1, 0]), { range: { floor: 0, ceiling: 1 }, idf: null });
    expect(result.matchedPillar).toBe('near');
    expect(result.relevance).toBeCloseTo(1 / Math.hypot(1, 0.1), 12);
  });

  it('matches no pillar when none shares anything with the trend', () => {
    expect(pillarRelevance([{ text: 'other', embedding: sparse([[5, 1]]) }], sparse([[6, 1]]), { range: { floor: 0, ceiling: 0.5 }, idf: null })).toEqual({ relevance: 0, matchedPillar: null, cosine: 0 });
    expect(pillarRelevance([], dense([1]), { range: { floor: 0, ceiling: 0.5 }, idf: null }).matchedPillar).toBeNull();
  });
});
