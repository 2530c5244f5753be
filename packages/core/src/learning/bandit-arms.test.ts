import { describe, expect, it } from 'vitest';
import { armValues, bestArm, DEFAULT_REWARD_LEVEL, rewardLevel } from './bandit-arms';
import type { LearnerAction, LearnerModel, RewardSample } from './learner-model';
import { emptyPrior, poolPriors } from './priors';
import { trainLearner } from './train-learner';

const now = new Date('2026-06-01T00:00:00Z');
const context = { industry: 'retail', trendCategory: 'fashion', platform: 'x' as const };
const sample = (action: Partial<LearnerAction>, reward: number, index: number, trendCategory: string | null = 'fashion'): RewardSample => ({
  context: { ...context, trendCategory },
  action: { tone: 'educational', format: 'single', slot: 40, ...action },
  reward,
  publishedAt: new Date(now.getTime() - (index + 1) * 3_600_000),
  estimated: false,
});
const train = (samples: RewardSample[], priors = emptyPrior) => trainLearner(samples, { now, timeZone: 'UTC', priors, epsilon: 0.15, alpha: 0.1 });
const mean = (model: LearnerModel, situation: typeof context | null = context) => armValues(model, situation, (posterior) => posterior.mean);
const valueOf = (values: ReturnType<typeof mean>, tone: string, format: string) => values.find((arm) => arm.tone === tone && arm.format === format)?.value ?? Number.NaN;

describe('arm values', () => {
  it('start from the peers, then the brand’s own level', () => {
    expect(rewardLevel(train([]))).toBe(DEFAULT_REWARD_LEVEL);
    const peers = poolPriors(Array.from({ length: 50 }, (_, index) => sample({}, 2, index)));
    expect(rewardLevel(train([], peers))).toBeCloseTo(2, 12);
    const own = train(Array.from({ length: 40 }, (_, index) => sample({}, 0.5, index)), peers);
    expect(rewardLevel(own)).toBeLessThan(0.7);
  });

  it('rate an untried combination of a good tone and a good format above untried ones of poor parts', () => {
    const samples = [
      ...Array.from({ length: 12 }, (_, index) => sample({ tone: 'provocative', format: 'single' }, 2.4, index)),
      ...Array.from({ length: 12 }, (_, index) => sample({ tone: 'educational', format: 'thread' }, 2.4, index + 12)),
      ...Array.from({ length: 12 }, (_, index) => sample({ tone: 'educational', format: 'single' }, 1.2, index + 24)),
    ];
    const values = mean(train(samples), null);
    expect(values).toHaveLength(24);
    expect(valueOf(values, 'provocative', 'thread')).toBeGreaterThan(valueOf(values, 'educational', 'single'));
    expect(valueOf(values, 'provocative', 'thread')).toBeGreaterThan(valueOf(values, 'playful', 'carousel'));
  });

  it('let a Q-learner lean towards what an arm earned in this situation', () => {
    const samples = [
      ...Array.from({ length: 15 }, (_, index) => sample({ tone: 'playful' }, index % 2 === 0 ? 3 : 2.6, index, 'fashion')),
      ...Array.from({ length: 15 }, (_, index) => sample({ tone: 'playful' }, index % 2 === 0 ? 0.8 : 1.2, index + 15, 'tax')),
      ...Array.from({ length: 15 }, (_, index) => sample({ tone: 'authoritative' }, 2, index + 30, 'tax')),
    ];
    const model = train(samples);
    expect(model.kind).toBe('q_learning');
    const fashion = mean(model, context);
    const tax = mean(model, { ...context, trendCategory: 'tax' });
    expect(valueOf(fashion, 'playful', 'single')).toBeGreaterThan(valueOf(tax, 'playful', 'single'));
    expect(bestArm(tax)).toMatchObject({ tone: 'authoritative' });
    expect(bestArm(fashion)).toMatchObject({ tone: 'playful' });
    expect(bestArm([])).toBeNull();
  });
});
