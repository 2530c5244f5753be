import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideTrend, trendScoreWeights, type TrendScoreComponents } from './trend-score';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const components = fc.record({ relevance: unit, opportunity: unit, format: unit, rl: unit });
/** Anything a caller might pass, NaN and infinities included. */
const wild = fc.double();
const wildComponents = fc.record({ relevance: wild, opportunity: wild, format: wild, rl: wild });

const decisionRank = { skip: 0, watchlist: 1, recommended: 2 } as const;

describe('decideTrend', () => {
  it('weights are the specification’s and sum to 1', () => {
    expect(trendScoreWeights).toEqual({ relevance: 0.35, opportunity: 0.35, format: 0.2, rl: 0.1 });
    const sum = Object.values(trendScoreWeights).reduce((total, weight) => total + weight, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
  });

  it('computes final = 0.35·relevance + 0.35·opportunity + 0.20·format + 0.10·RL', () => {
    // 0.35·0.8 + 0.35·0.6 + 0.2·0.5 + 0.1·0.5 = 0.28 + 0.21 + 0.10 + 0.05 = 0.64
    const decided = decideTrend({ relevance: 0.8, opportunity: 0.6, format: 0.5, rl: 0.5 }, { inBrandIndustry: true });
    expect(decided.final).toBe(0.64);
    expect(decided.decision).toBe('recommended');
    // 0.35·0.4 + 0.35·0.4 + 0.2·0.3 + 0.1·0.5 = 0.14 + 0.14 + 0.06 + 0.05 = 0.39
    expect(decideTrend({ relevance: 0.4, opportunity: 0.4, format: 0.3, rl: 0.5 }, { inBrandIndustry: true })).toMatchObject({ final: 0.39, decision: 'watchlist' });
  });

  it('skips at exactly 0.3 relevance or opportunity and keeps just above it', () => {
    const base: TrendScoreComponents = { relevance: 0.9, opportunity: 0.9, format: 1, rl: 1 };
    expect(decideTrend({ ...base, relevance: 0.3 }, { inBrandIndustry: true }).decision).toBe('skip');
    expect(decideTrend({ ...base, opportunity: 0.3 }, { inBrandIndustry: true }).decision).toBe('skip');
    expect(decideTrend({ ...base, relevance: 0.3000001 }, { inBrandIndustry: true }).decision).toBe('recommended');
    expect(decideTrend({ ...base, opportunity: 0.3000001 }, { inBrandIndustry: true }).decision).toBe('recommended');
  });

  it('puts a final of exactly 0.5 on the watchlist and anything above it in recommended', () => {
    const half = decideTrend({ relevance: 0.5, opportunity: 0.5, format: 0.5, rl: 0.5 }, { inBrandIndustry: true });
    expect(half).toMatchObject({ final: 0.5, decision: 'watchlist' });
    // 0.35·0.5 + 0.35·0.5 + 0.2·0.5 + 0.1·0.51 = 0.501
    expect(decideTrend({ relevance: 0.5, opportunity: 0.5, format: 0.5, rl: 0.51 }, { inBrandIndustry: true })).toMatchObject({ final: 0.501, decision: 'recommended' });
  });

  it('skips a trend outside the brand’s industry unless relevance reaches 0.5', () => {
    const strong = { opportunity: 0.9, format: 0.9, rl: 0.5 };
    expect(decideTrend({ ...strong, relevance: 0.49 }, { inBrandIndustry: false }).decision).toBe('skip');
    expect(decideTrend({ ...strong, relevance: 0.49 }, { inBrandIndustry: true }).decision).toBe('recommended');
    expect(decideTrend({ ...strong, relevance: 0.5 }, { inBrandIndustry: false }).decision).toBe('recommended');
  });

  it('says why in one line, naming the deciding numbers', () => {
    const recommended = decideTrend({ relevance: 0.8, opportunity: 0.6, format: 0.5, rl: 0.5 }, { inBrandIndustry: true }).reason;
    expect(recommended).toBe('Recommended (score 0.64): relevance 0.80, opportunity 0.60, format fit 0.50.');
    expect(decideTrend({ relevance: 0.2, opportunity: 0.9, format: 1, rl: 1 }, { inBrandIndustry: true }).reason).toMatch(/^Skipped: relevance 0\.20 is at or below 0\.30/);
    expect(decideTrend({ relevance: 0.4, opportunity: 0.9, format: 1, rl: 1 }, { inBrandIndustry: false }).reason).toMatch(/^Skipped: outside the brand's industry/);
    expect(decideTrend({ relevance: 0.9, opportunity: 0.1, format: 1, rl: 1 }, { inBrandIndustry: true }).reason).toMatch(/^Skipped: opportunity 0\.10/);
    for (const reason of [recommended]) expect(reason).not.toContain('\n');
  });

  it('keeps the final score in [0, 1] for any input, NaN and infinities included', () => {
    fc.assert(
      fc.property(wildComponents, fc.boolean(), (input, inBrandIndustry) => {
        const { final, decision } = decideTrend(input, { inBrandIndustry });
        expect(final).toBeGreaterThanOrEqual(0);
        expect(final).toBeLessThanOrEqual(1);
        expect(['recommended', 'watchlist', 'skip']).toContain(decision);
      }),
    );
  });

  it('never lowers the final score or the decision when relevance rises', () => {
    fc.assert(
      fc.property(components, unit, fc.boolean(), (input, higher, inBrandIndustry) => {
        const low = decideTrend({ ...input, relevance: Math.min(input.relevance, higher) }, { inBrandIndustry });
        const high = decideTrend({ ...input, relevance: Math.max(input.relevance, higher) }, { inBrandIndustry });
        expect(high.final).toBeGreaterThanOrEqual(low.final);
        expect(decisionRank[high.decision]).toBeGreaterThanOrEqual(decisionRank[low.decision]);
      }),
    );
  });

  it('never lowers the final score or the decision when opportunity rises', () => {
    fc.assert(
      fc.property(components, unit, fc.boolean(), (input, higher, inBrandIndustry) => {
        const low = decideTrend({ ...input, opportunity: Math.min(input.opportunity, higher) }, { inBrandIndustry });
        const high = decideTrend({ ...input, opportunity: Math.max(input.opportunity, higher) }, { inBrandIndustry });
        expect(high.final).toBeGreaterThanOrEqual(low.final);
        expect(decisionRank[high.decision]).toBeGreaterThanOrEqual(decisionRank[low.decision]);
      }),
    );
  });

  it('recommends exactly when no skip rule applies and the final is above 0.5', () => {
    fc.assert(
      fc.property(components, fc.boolean(), (input, inBrandIndustry) => {
        const { final, decision } = decideTrend(input, { inBrandIndustry });
        const skipped = input.relevance <= 0.3 || input.opportunity <= 0.3 || (!inBrandIndustry && input.relevance < 0.5);
        expect(decision).toBe(skipped ? 'skip' : final > 0.5 ? 'recommended' : 'watchlist');
      }),
    );
  });
});
