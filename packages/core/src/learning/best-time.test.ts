import { describe, expect, it } from 'vitest';
import { bestSlotsFor, bestTimeTable, rankSlots, slotCurve } from './best-time';
import { slotDistance } from './best-time-kernel';
import { HOURS_PER_WEEK, type RewardSample } from './learner-model';
import { platformSlotPriors } from './priors';
import { trainLearner } from './train-learner';

const sample = (slot: number, reward: number, platform: 'sandbox' | 'x' = 'sandbox'): RewardSample => ({
  context: { industry: 'tech', trendCategory: null, platform },
  action: { tone: 'playful', format: 'single', slot },
  reward,
  publishedAt: new Date('2026-03-01T00:00:00Z'),
  estimated: false,
});
/** An audience whose best hour is `peak`, rewards falling off smoothly over about half a day. */
const audience = (peak: number) => (slot: number) => 0.8 + 1.2 * Math.exp(-((slotDistance(slot, peak) / 10) ** 2));

describe('best time to post', () => {
  it('finds the peak hour from posts spread over the week, wrapping Saturday into Sunday', () => {
    for (const peak of [100, 1]) {
      const reward = audience(peak);
      const samples = Array.from({ length: 120 }, (_, index) => (index * 47) % HOURS_PER_WEEK).map((slot, index) => sample(slot, reward(slot) * (index % 2 === 0 ? 0.9 : 1.1)));
      const table = bestTimeTable(samples, 'sandbox');
      expect(slotDistance(table.peakSlot, peak)).toBeLessThanOrEqual(1);
      expect(table.expectedReward).toHaveLength(HOURS_PER_WEEK);
      expect(table.samples.reduce((sum, count) => sum + count, 0)).toBe(120);
      expect(table.expectedReward[peak] ?? 0).toBeGreaterThan((table.expectedReward[(peak + 84) % HOURS_PER_WEEK] ?? 0) * 1.5);
    }
  });

  it("counts only the platform's own posts and reads hours without nearby posts as typical", () => {
    const samples = [sample(10, 2), sample(11, 2.2), sample(12, 1.8), sample(90, 1, 'x')];
    const table = bestTimeTable(samples, 'sandbox');
    expect(table.samples.reduce((sum, count) => sum + count, 0)).toBe(3);
    // Far from any post the estimate is the platform prior (flat for the Sandbox) at the brand's level.
    expect(table.expectedReward[100]).toBeCloseTo(2, 1);
  });

  it('falls back to the platform prior order with no posts', () => {
    const table = bestTimeTable([], 'x');
    expect(table.expectedReward.every((value) => value === 0)).toBe(true);
    expect(table.peakSlot).toBe(rankSlots(platformSlotPriors('x'), platformSlotPriors('x'))[0]);
    expect(bestSlotsFor(null, 'x')).toEqual(rankSlots(platformSlotPriors('x'), platformSlotPriors('x')));
  });

  it('ranks the model hours best first for add-to-queue', () => {
    const reward = audience(60);
    const samples = Array.from({ length: 80 }, (_, index) => sample((index * 29) % HOURS_PER_WEEK, reward((index * 29) % HOURS_PER_WEEK)));
    const model = trainLearner(samples, { now: new Date('2026-03-02T00:00:00Z'), timeZone: 'UTC', priors: { mean: 0, weight: 0, arms: {} }, epsilon: 0.15, alpha: 0.1 });
    const ranked = bestSlotsFor(model, 'sandbox');
    expect(new Set(ranked).size).toBe(HOURS_PER_WEEK);
    expect(slotDistance(ranked[0] ?? 0, 60)).toBeLessThanOrEqual(1);
    const table = model.bestTimes[0];
    for (let index = 1; index < ranked.length; index++) expect(table?.expectedReward[ranked[index - 1] ?? 0]).toBeGreaterThanOrEqual(table?.expectedReward[ranked[index] ?? 0] ?? 0);
  });

  it('keeps rewards in the seed range even where a fit would overshoot', () => {
    const curve = slotCurve([{ slot: 5, value: 5 }, { slot: 6, value: 5 }, { slot: 7, value: 0 }, { slot: 8, value: 0 }], platformSlotPriors('sandbox'));
    for (const value of curve.expected) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(5);
    }
  });
});
