import { describe, expect, it } from 'vitest';
import { slotDistance } from './best-time-kernel';
import { describeModel } from './learner-insights';
import type { LearnerAction, RewardSample } from './learner-model';
import { emptyPrior } from './priors';
import { trainLearner } from './train-learner';

const now = new Date('2026-05-01T00:00:00Z');
const TUESDAY_NINE = 2 * 24 + 9;
/** Posts spread over the week, every other one near Tuesday 09:00, the hour the audience likes best. */
const sample = (action: Partial<LearnerAction>, reward: number, index: number, trendCategory: string | null = null): RewardSample => {
  const slot = index % 2 === 0 ? TUESDAY_NINE + (index % 5) - 2 : (index * 37) % 168;
  return {
    context: { industry: 'tech', trendCategory, platform: 'bluesky' },
    action: { tone: 'educational', format: 'single', slot, ...action },
    reward: reward * (0.5 + 0.5 * Math.exp(-((slotDistance(slot, TUESDAY_NINE) / 8) ** 2))),
    publishedAt: new Date(now.getTime() - (index + 1) * 3_600_000),
    estimated: true,
  };
};
const train = (samples: RewardSample[]) => trainLearner(samples, { now, timeZone: 'Europe/Paris', priors: emptyPrior, epsilon: 0.15, alpha: 0.1 });

describe('describeModel', () => {
  it('says when there is nothing to learn from yet, and when there is too little', () => {
    expect(describeModel(train([]))).toEqual({ topArms: [], insights: [expect.stringMatching(/^No measured posts in the last 30 days/)] });
    const few = describeModel(train([sample({}, 1, 0), sample({ tone: 'playful' }, 2, 1)]));
    expect(few.insights[0]).toBe('Insufficient data: 2 rewarded posts in the last 30 days; the Q-table starts at 10.');
  });

  it('lists the best combinations first with their multiple of the average, and says what worked', () => {
    const samples = [
      ...Array.from({ length: 12 }, (_, index) => sample({ tone: 'provocative', format: 'thread' }, 3, index, 'ai')),
      ...Array.from({ length: 12 }, (_, index) => sample({ tone: 'playful', format: 'carousel' }, 1.5, index + 12)),
      ...Array.from({ length: 12 }, (_, index) => sample({}, 0.75, index + 24)),
      ...Array.from({ length: 3 }, (_, index) => sample({ tone: 'inspirational' }, 0.5, index + 36)),
      ...Array.from({ length: 3 }, (_, index) => sample({ tone: 'authoritative' }, 0.5, index + 40)),
      ...Array.from({ length: 3 }, (_, index) => sample({ tone: 'conversational' }, 0.5, index + 44)),
      ...Array.from({ length: 3 }, (_, index) => sample({ tone: 'educational', format: 'story_caption' }, 0.5, index + 48)),
    ];
    const { topArms, insights } = describeModel(train(samples));
    expect(topArms).toHaveLength(5);
    expect(topArms[0]).toMatchObject({ tone: 'provocative', format: 'thread', visits: 12 });
    expect(topArms[0]?.ratio).toBeGreaterThan(2);
    expect(topArms[1]).toMatchObject({ tone: 'playful', format: 'carousel' });
    for (let index = 1; index < topArms.length; index++) expect(topArms[index - 1]?.visits).toBeGreaterThan(0);
    expect(insights).toContain(`Provocative threads earned ${topArms[0]?.ratio.toFixed(1)}× the average reward for this brand (12 posts).`);
    expect(insights.some((line) => /^In any format, provocative posts earned/.test(line))).toBe(true);
    expect(insights.some((line) => /^Posts about ai trends earned/.test(line))).toBe(true);
    expect(insights.some((line) => /^On Bluesky, Tuesday (08|09|10):00 \(Europe\/Paris\) is the best hour to post/.test(line))).toBe(true);
    expect(insights.at(-1)).toBe('15 % of posts try a different tone, format or hour on purpose, so the model keeps learning.');
  });
});
