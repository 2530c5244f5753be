import { describe, expect, it } from 'vitest';
import { observe, emptyStatistics, armKey } from './bandit';
import { noiseAtLevel, residualSpread } from './bandit-noise';
import type { ArmStatistics, RewardSample } from './learner-model';

const sample = (tone: 'playful' | 'educational', reward: number): RewardSample => ({
  context: { industry: 'tech', trendCategory: null, platform: 'sandbox' },
  action: { tone, format: 'single', slot: 10 },
  reward,
  publishedAt: new Date('2026-03-01T10:00:00Z'),
  estimated: false,
});

function armsOf(samples: RewardSample[]): Record<string, ArmStatistics> {
  const arms: Record<string, ArmStatistics> = {};
  for (const each of samples) {
    const key = armKey(each.action.tone, each.action.format);
    arms[key] ??= emptyStatistics();
    observe(arms[key], each.reward);
  }
  return arms;
}

describe('reward noise', () => {
  it('measures the spread around each arm relative to the average reward', () => {
    const samples = Array.from({ length: 40 }, (_, index) => sample(index % 2 === 0 ? 'playful' : 'educational', (index % 2 === 0 ? 2 : 1) * (index % 4 < 2 ? 0.8 : 1.2)));
    const rewards = samples.map((each) => each.reward);
    const average = rewards.reduce((sum, value) => sum + value, 0) / rewards.length;
    const noise = residualSpread(samples, rewards, armsOf(samples), average);
    expect(noise.residuals).toBe(40);
    // Playful posts are 1.6 or 2.4, educational 0.8 or 1.2: deviations of ±0.4 and ±0.2 around a mean of 1.5.
    expect(noise.cv).toBeGreaterThan(0.1);
    expect(noise.cv).toBeLessThan(0.35);
  });

  it('is not swayed by a few wild rewards', () => {
    const samples = Array.from({ length: 40 }, (_, index) => sample('playful', index % 2 === 0 ? 1.9 : 2.1));
    samples.push(sample('playful', 5), sample('playful', 0));
    const rewards = samples.map((each) => each.reward);
    const noise = residualSpread(samples, rewards, armsOf(samples), 2);
    expect(noise.cv).toBeLessThan(0.1);
  });

  it('needs a handful of repeated arms, and falls back while it has none', () => {
    const few = [sample('playful', 1), sample('playful', 2), sample('educational', 3)];
    expect(residualSpread(few, few.map((each) => each.reward), armsOf(few), 2)).toEqual({ cv: null, residuals: 2 });
    expect(noiseAtLevel({ noise: { cv: null, residuals: 0 }, arms: {} }, 2)).toBeCloseTo(1, 12);
    // Many residuals: the brand's own spread; few: shrunk towards the default half-the-level.
    expect(noiseAtLevel({ noise: { cv: 0.2, residuals: 1000 }, arms: {} }, 2)).toBeCloseTo(0.4, 2);
    expect(noiseAtLevel({ noise: { cv: 0.2, residuals: 4 }, arms: {} }, 2)).toBeCloseTo(0.7, 12);
  });
});

describe('reward noise of a tiny audience', () => {
  it('falls back to the plain spread when most rewards are zero', () => {
    const samples = Array.from({ length: 40 }, (_, index) => sample('playful', index % 10 === 0 ? 1 : 0));
    const rewards = samples.map((each) => each.reward);
    const noise = residualSpread(samples, rewards, armsOf(samples), 0.1);
    expect(noise.cv).toBeGreaterThan(2);
  });
});
