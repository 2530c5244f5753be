import { describe, expect, it } from 'vitest';
import type { RewardSample } from './learner-model';
import { emptyPrior } from './priors';
import { rlScoreFor } from './rl-score';
import { trainLearner } from './train-learner';

const now = new Date('2026-05-01T00:00:00Z');
const sample = (trendCategory: string | null, reward: number, index: number): RewardSample => ({
  context: { industry: 'tech', trendCategory, platform: 'x' },
  action: { tone: 'educational', format: 'single', slot: 33 },
  reward,
  publishedAt: new Date(now.getTime() - (index + 1) * 3_600_000),
  estimated: false,
});
const train = (samples: RewardSample[]) => trainLearner(samples, { now, timeZone: 'UTC', priors: emptyPrior, epsilon: 0.15, alpha: 0.1 });

describe('rlScoreFor', () => {
  const model = train([
    ...Array.from({ length: 30 }, (_, index) => sample('ai', 2, index)),
    ...Array.from({ length: 30 }, (_, index) => sample('payments', 0.5, index + 30)),
    ...Array.from({ length: 30 }, (_, index) => sample(null, 1.25, index + 60)),
    sample('chips', 5, 95),
  ]);

  it('is 0.5 without a model, a category or posts about it', () => {
    expect(rlScoreFor(null, 'ai')).toBe(0.5);
    expect(rlScoreFor(model, null)).toBe(0.5);
    expect(rlScoreFor(model, 'quantum')).toBe(0.5);
    expect(rlScoreFor(train([]), 'ai')).toBe(0.5);
  });

  it('rises for categories that did better than the brand average and falls for worse ones', () => {
    const ai = rlScoreFor(model, 'ai');
    const payments = rlScoreFor(model, 'payments');
    expect(ai).toBeGreaterThan(0.6);
    expect(payments).toBeLessThan(0.3);
    for (const score of [ai, payments]) {
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThan(1);
    }
  });

  it('does not let one post push a category to the edge', () => {
    expect(rlScoreFor(model, 'chips')).toBeLessThan(rlScoreFor(model, 'ai') + 0.2);
  });
});
