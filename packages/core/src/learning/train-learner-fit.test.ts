import { describe, expect, it } from 'vitest';
import { slotDistance } from './best-time-kernel';
import { HOURS_PER_WEEK, type RewardSample } from './learner-model';
import { platformSlotPriors } from './priors';
import { fitTiming } from './train-learner-fit';

const at = (tone: 'provocative' | 'educational', slot: number, reward: number): RewardSample => ({
  context: { industry: 'tech', trendCategory: null, platform: 'sandbox' },
  action: { tone, format: 'thread', slot },
  reward,
  publishedAt: new Date('2026-03-01T00:00:00Z'),
  estimated: false,
});
const timing = (slot: number) => 0.5 + Math.exp(-((slotDistance(slot, 30) / 8) ** 2));

describe('separating timing from content', () => {
  it('credits the hour, not the tone, when the better tone was mostly posted at the better hours', () => {
    // Both tones earn the same at the same hour; provocative posts just went out near the peak
    // two times in three (were they always, no data could tell the tone from the hour).
    const samples = Array.from({ length: 120 }, (_, index) => {
      const provocative = index % 2 === 0;
      const slot = provocative && index % 3 !== 0 ? (30 + ((index * 7) % 9) - 4 + HOURS_PER_WEEK) % HOURS_PER_WEEK : (index * 37) % HOURS_PER_WEEK;
      return at(provocative ? 'provocative' : 'educational', slot, 2 * timing(slot));
    });
    const rewards = samples.map((sample) => sample.reward);
    const { slotFactors, bestTimes } = fitTiming(samples, rewards, platformSlotPriors);
    expect(slotDistance(bestTimes[0]?.peakSlot ?? 0, 30)).toBeLessThanOrEqual(1);
    const mean = (tone: string) => {
      const adjusted = samples.flatMap((sample, index) => (sample.action.tone === tone ? [(rewards[index] ?? 0) / (slotFactors[index] ?? 1)] : []));
      return adjusted.reduce((sum, value) => sum + value, 0) / adjusted.length;
    };
    const raw = (tone: string) => {
      const values = samples.filter((sample) => sample.action.tone === tone).map((sample) => sample.reward);
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    };
    expect(raw('provocative') / raw('educational')).toBeGreaterThan(1.4);
    expect(mean('provocative') / mean('educational')).toBeLessThan(1.2);
    expect(mean('provocative') / mean('educational')).toBeGreaterThan(0.87);
  });

  it('gives factors averaging 1 and one table per platform', () => {
    const samples = [at('educational', 3, 1), at('educational', 90, 2), { ...at('educational', 5, 1), context: { industry: 'tech', trendCategory: null, platform: 'x' as const } }];
    const { slotFactors, bestTimes } = fitTiming(samples, samples.map((sample) => sample.reward), platformSlotPriors);
    expect(slotFactors.reduce((sum, value) => sum + value, 0) / slotFactors.length).toBeCloseTo(1, 9);
    expect(bestTimes.map((table) => table.platform)).toEqual(['sandbox', 'x']);
    expect(fitTiming([], [], platformSlotPriors)).toEqual({ slotFactors: [], bestTimes: [] });
  });
});
