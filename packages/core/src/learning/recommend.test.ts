import { describe, expect, it } from 'vitest';
import type { LearnerAction, RewardSample } from './learner-model';
import { emptyPrior } from './priors';
import { describeArm, formatRatio, recommendToneFormat } from './recommend';
import { trainLearner } from './train-learner';

const now = new Date('2026-05-01T00:00:00Z');
const context = { industry: 'tech', trendCategory: null, platform: 'x' as const };
const sample = (action: Partial<LearnerAction>, reward: number, index: number): RewardSample => ({
  context,
  action: { tone: 'educational', format: 'single', slot: 33, ...action },
  reward,
  publishedAt: new Date(now.getTime() - (index + 1) * 3_600_000),
  estimated: false,
});
const train = (samples: RewardSample[]) => trainLearner(samples, { now, timeZone: 'UTC', priors: emptyPrior, epsilon: 0.15, alpha: 0.1 });

describe('recommendToneFormat', () => {
  it('says nothing without measured posts', () => {
    expect(recommendToneFormat(train([]), context)).toBeNull();
  });

  it('proposes the combination that earned most, with its multiple of the average', () => {
    const samples = [...Array.from({ length: 10 }, (_, index) => sample({ tone: 'provocative', format: 'thread' }, 2.3, index)), ...Array.from({ length: 30 }, (_, index) => sample({}, 0.566_666, index + 10))];
    const recommendation = recommendToneFormat(train(samples), context);
    expect(recommendation).toMatchObject({ tone: 'provocative', format: 'thread' });
    // Average (10 × 2.3 + 30 × 0.5667) / 40 = 1; the threads earned 2.3 of it.
    expect(recommendation?.ratio).toBeCloseTo(2.3, 1);
    expect(recommendation?.reason).toBe('provocative threads earned 2.3× the average reward for this brand (10 posts)');
  });

  it('is not won over by one lucky post', () => {
    // Rewards vary by ±60 % around their arm's mean, so one post at 3.2 is plausibly luck.
    const samples = [
      ...Array.from({ length: 20 }, (_, index) => sample({ tone: 'playful', format: 'carousel' }, index % 2 === 0 ? 0.8 : 3.2, index)),
      sample({ tone: 'authoritative', format: 'story_caption' }, 3.2, 25),
      ...Array.from({ length: 20 }, (_, index) => sample({}, index % 2 === 0 ? 0.4 : 1.6, index + 30)),
    ];
    expect(recommendToneFormat(train(samples), context)).toMatchObject({ tone: 'playful', format: 'carousel' });
  });

  it('names arms as people say them', () => {
    expect(describeArm('educational', 'single')).toBe('educational single posts');
    expect(describeArm('playful', 'story_caption')).toBe('playful story captions');
    expect(formatRatio(1.96)).toBe('2.0×');
  });
});
