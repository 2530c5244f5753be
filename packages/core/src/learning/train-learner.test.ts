import { describe, expect, it } from 'vitest';
import type { LearnerAction, RewardSample } from './learner-model';
import { emptyPrior, poolPriors } from './priors';
import { DEFAULT_WINDOW_DAYS, trainLearner } from './train-learner';

const now = new Date('2026-06-01T00:00:00Z');
const sample = (action: Partial<LearnerAction>, reward: number, daysAgo = 1, trendCategory: string | null = null): RewardSample => ({
  context: { industry: 'health', trendCategory, platform: 'bluesky' },
  action: { tone: 'inspirational', format: 'carousel', slot: 50, ...action },
  reward,
  publishedAt: new Date(now.getTime() - daysAgo * 86_400_000),
  estimated: true,
});
const options = { now, timeZone: 'Europe/Berlin', priors: emptyPrior, epsilon: 0.2, alpha: 0.05 };

describe('trainLearner', () => {
  it('records its settings, window and the peers prior', () => {
    const priors = poolPriors([sample({}, 2), sample({ tone: 'playful' }, 1)]);
    const model = trainLearner([sample({}, 1)], { ...options, priors });
    expect(model).toMatchObject({ schemaVersion: 1, trainedAt: now.toISOString(), windowDays: DEFAULT_WINDOW_DAYS, epsilon: 0.2, alpha: 0.05, timeZone: 'Europe/Berlin' });
    expect(model.prior).toEqual({ mean: priors.mean, weight: priors.weight, arms: priors.arms });
    expect(trainLearner([], { ...options, windowDays: 7 }).windowDays).toBe(7);
  });

  it('leaves out rewards outside the window, from the future or not a number, and caps them to 0–5', () => {
    const model = trainLearner([sample({}, 2, 5), sample({}, 9, 3), sample({}, -1, 2), sample({}, 3, 40), sample({}, 3, -1), sample({}, Number.NaN)], options);
    expect(model.sampleSize).toBe(3);
    expect(model.averageReward).toBeCloseTo((2 + 5 + 0) / 3, 12);
  });

  it('keeps statistics per arm, tone, format and trend category', () => {
    const model = trainLearner(
      [sample({ tone: 'playful', format: 'thread' }, 2, 1, 'ai'), sample({ tone: 'playful', format: 'single' }, 1, 2, 'ai'), sample({ tone: 'educational', format: 'thread' }, 1, 3, 'vaccines'), sample({ tone: 'educational', format: 'thread' }, 1, 4)],
      options,
    );
    expect(model.arms['playful|thread']?.visits).toBe(1);
    expect(model.arms['educational|thread']?.visits).toBe(2);
    expect(model.tones.playful?.visits).toBe(2);
    expect(model.formats.thread?.visits).toBe(3);
    expect(model.categories.ai?.visits).toBe(2);
    expect(model.categories.vaccines?.visits).toBe(1);
    expect(Object.keys(model.categories)).toHaveLength(2);
    expect(model.qValues).toEqual({});
    expect(model.bestTimes.map((table) => table.platform)).toEqual(['bluesky']);
  });

  it('adds the Q-table from ten rewarded posts, keyed by situation', () => {
    const samples = Array.from({ length: 10 }, (_, index) => sample({ slot: index * 10 }, 1 + (index % 2), index + 1, index % 2 === 0 ? 'ai' : null));
    const model = trainLearner(samples, options);
    expect(model.kind).toBe('q_learning');
    expect(Object.keys(model.qValues).sort()).toEqual(['health|-|bluesky', 'health|ai|bluesky']);
    expect(model.qValues['health|ai|bluesky']?.['inspirational|carousel']?.visits).toBe(5);
    expect(model.noise.residuals).toBe(10);
  });

  it('is deterministic and survives a JSON round trip unchanged', () => {
    const samples = Array.from({ length: 25 }, (_, index) => sample({ tone: index % 3 === 0 ? 'playful' : 'authoritative', slot: (index * 13) % 168 }, 0.5 + (index % 5) * 0.4, (index % 20) + 1, 'ai'));
    const model = trainLearner(samples, options);
    expect(trainLearner([...samples].reverse(), options)).toEqual(model);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});
