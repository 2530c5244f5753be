import { describe, expect, it } from 'vitest';
import { HOURS_PER_WEEK, type RewardSample } from './learner-model';
import { emptyPrior, platformSlotPriors, poolPriors, POOLED_ARM_MAX_WEIGHT, POOLED_PRIOR_MAX_WEIGHT } from './priors';

const sample = (tone: 'playful' | 'educational', reward: number): RewardSample => ({
  context: { industry: 'retail', trendCategory: null, platform: 'x' },
  action: { tone, format: 'single', slot: 0 },
  reward,
  publishedAt: new Date('2026-03-01T00:00:00Z'),
  estimated: false,
});

describe('pooled priors', () => {
  it('are empty without peers', () => {
    expect(poolPriors([])).toEqual(emptyPrior);
    expect(poolPriors([sample('playful', Number.NaN)])).toEqual(emptyPrior);
  });

  it('carry the peers mean overall and per arm, each worth a capped number of posts', () => {
    const few = poolPriors([sample('playful', 2), sample('educational', 1)]);
    expect(few.mean).toBe(1.5);
    expect(few.weight).toBeCloseTo(0.2, 12);
    expect(few.arms['playful|single']).toEqual({ mean: 2, weight: 0.1 });
    const many = poolPriors(Array.from({ length: 500 }, (_, index) => sample(index % 5 === 0 ? 'playful' : 'educational', index % 5 === 0 ? 3 : 1)));
    expect(many.mean).toBeCloseTo(1.4, 12);
    expect(many.weight).toBe(POOLED_PRIOR_MAX_WEIGHT);
    expect(many.arms['playful|single']).toEqual({ mean: 3, weight: POOLED_ARM_MAX_WEIGHT });
  });
});

describe('platform slot priors', () => {
  it('give 168 weights averaging 1 for every platform', () => {
    for (const platform of ['sandbox', 'x', 'bluesky', 'mastodon'] as const) {
      const prior = platformSlotPriors(platform);
      expect(prior).toHaveLength(HOURS_PER_WEEK);
      expect(prior.reduce((sum, weight) => sum + weight, 0) / HOURS_PER_WEEK).toBeCloseTo(1, 12);
    }
  });

  it('prefer working hours on X over the small hours, and stay flat for the Sandbox', () => {
    const x = platformSlotPriors('x');
    const tuesdayTen = 2 * 24 + 10;
    const sundayThree = 3;
    expect(x[tuesdayTen]).toBeGreaterThan(x[sundayThree] ?? 0);
    expect(new Set(platformSlotPriors('sandbox')).size).toBe(1);
  });
});
