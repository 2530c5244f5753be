import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opportunityScore, type SentimentLabel } from './opportunity';
import { sentimentLabel } from './sentiment';

type Input = Parameters<typeof opportunityScore>[0];

const input = fc.record({
  mentions: fc.double({ min: 0, max: 1e6, noNaN: true }),
  sources: fc.double({ min: 0, max: 20, noNaN: true }),
  engagementPerHour: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: null }),
  momentum: fc.double({ min: -1, max: 1, noNaN: true }),
  sentiment: fc.constantFrom<SentimentLabel>('positive', 'neutral', 'negative'),
});

const lone: Input = { mentions: 1, sources: 1, engagementPerHour: null, momentum: 0, sentiment: 'neutral' };

describe('opportunityScore', () => {
  it('lets a single-source story with strong engagement (300 points/hour on Hacker News) clear the 0.3 skip line', () => {
    expect(opportunityScore({ ...lone, engagementPerHour: 300 })).toBeGreaterThan(0.3);
  });

  it('keeps a lone item with no engagement data and flat momentum below 0.5 (and below the skip line)', () => {
    const score = opportunityScore(lone);
    expect(score).toBeLessThan(0.5);
    expect(score).toBeCloseTo(0.175, 10);
  });

  it('reaches 1 for a story everywhere, rising, with saturated engagement', () => {
    expect(opportunityScore({ mentions: 10, sources: 4, engagementPerHour: 500, momentum: 1, sentiment: 'neutral' })).toBeCloseTo(1, 10);
  });

  it('weakens negative news (×0.8) and strengthens positive news (×1.1), clamped to 1', () => {
    const story: Input = { mentions: 4, sources: 2, engagementPerHour: 100, momentum: 0.2, sentiment: 'neutral' };
    const neutral = opportunityScore(story);
    expect(opportunityScore({ ...story, sentiment: 'negative' })).toBeCloseTo(neutral * 0.8, 10);
    expect(opportunityScore({ ...story, sentiment: 'positive' })).toBeCloseTo(neutral * 1.1, 10);
    expect(opportunityScore({ mentions: 50, sources: 7, engagementPerHour: 5000, momentum: 1, sentiment: 'positive' })).toBe(1);
  });

  it('stays in [0, 1] for any numbers, NaN and infinities included', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.option(fc.double(), { nil: null }), fc.double(), fc.constantFrom<SentimentLabel>('positive', 'neutral', 'negative'), (mentions, sources, engagementPerHour, momentum, sentiment) => {
        const score = opportunityScore({ mentions, sources, engagementPerHour, momentum, sentiment });
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never falls when mentions, sources, engagement or momentum rise', () => {
    const bump = fc.double({ min: 0, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(input, bump, bump, bump, fc.double({ min: 0, max: 2, noNaN: true }), (base, mentions, sources, engagement, momentum) => {
        const before = opportunityScore(base);
        expect(opportunityScore({ ...base, mentions: base.mentions + mentions })).toBeGreaterThanOrEqual(before);
        expect(opportunityScore({ ...base, sources: base.sources + sources })).toBeGreaterThanOrEqual(before);
        expect(opportunityScore({ ...base, engagementPerHour: (base.engagementPerHour ?? 0) + engagement })).toBeGreaterThanOrEqual(before);
        expect(opportunityScore({ ...base, momentum: Math.min(1, base.momentum + momentum) })).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe('sentimentLabel', () => {
  it('reads ±0.05 and beyond as positive or negative, anything strictly between as neutral', () => {
    expect(sentimentLabel(0.05)).toBe('positive');
    expect(sentimentLabel(0.72)).toBe('positive');
    expect(sentimentLabel(0.0499)).toBe('neutral');
    expect(sentimentLabel(0)).toBe('neutral');
    expect(sentimentLabel(-0.0499)).toBe('neutral');
    expect(sentimentLabel(-0.05)).toBe('negative');
    expect(sentimentLabel(-1)).toBe('negative');
    expect(sentimentLabel(Number.NaN)).toBe('neutral');
  });
});
