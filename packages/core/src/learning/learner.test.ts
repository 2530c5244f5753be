import { describe, expect, it } from 'vitest';
import { seededRandom } from '../ai/content/seeded-random';
import { bestSlotsFor, bestTimeTable } from './best-time';
import { chooseAction } from './choose-action';
import { HOURS_PER_WEEK, type LearnerAction, type LearnerModel, type RewardSample } from './learner-model';
import { describeModel } from './learner-insights';
import { emptyPrior, poolPriors } from './priors';
import { recommendToneFormat } from './recommend';
import { rlScoreFor } from './rl-score';
import { trainLearner } from './train-learner';

/*
 * The learner's behaviour through its public functions: what the model is after training on
 * known rewards, and what it then recommends, scores and chooses. The algorithms' internals have
 * their own tests beside them; the benchmark (bench/learning.bench.ts) measures regret.
 */

const now = new Date('2026-11-22T12:00:00Z');
const HOUR = 3_600_000;
const context = { industry: 'fintech', trendCategory: null, platform: 'sandbox' as const };

function sample(action: LearnerAction, reward: number, daysAgo: number, trendCategory: string | null = null): RewardSample {
  return { context: { ...context, trendCategory }, action, reward, publishedAt: new Date(now.getTime() - daysAgo * 24 * HOUR), estimated: false };
}

/** Provocative threads at Tuesday 14:00 earn ~3; educational single posts at other hours ~0.8. */
function history(count: number): RewardSample[] {
  return Array.from({ length: count }, (_, index) =>
    index % 2 === 0
      ? sample({ tone: 'provocative', format: 'thread', slot: 2 * 24 + 14 }, 3 + (index % 3) * 0.1, 1 + (index % 25), index % 4 === 0 ? 'tech' : 'retail')
      : sample({ tone: 'educational', format: 'single', slot: (index * 37) % HOURS_PER_WEEK }, 0.8 + (index % 3) * 0.05, 1 + (index % 25), 'retail'),
  );
}

const train = (samples: RewardSample[], epsilon = 0.15) => trainLearner(samples, { now, timeZone: 'UTC', priors: emptyPrior, epsilon, alpha: 0.1 });

describe('trainLearner', () => {
  it('keeps the bandit below 10 rewarded posts and adds the Q-table from 10', () => {
    expect(train(history(9))).toMatchObject({ kind: 'bandit', sampleSize: 9 });
    const model = train(history(10));
    expect(model).toMatchObject({ kind: 'q_learning', sampleSize: 10, epsilon: 0.15, alpha: 0.1, timeZone: 'UTC' });
    expect(Object.keys(model.qValues).length).toBeGreaterThan(0);
  });

  it('leaves out rewards older than the window', () => {
    const old = sample({ tone: 'playful', format: 'carousel', slot: 5 }, 5, 45);
    const model = train([...history(12), old]);
    expect(model.sampleSize).toBe(12);
    expect(model.arms['playful|carousel']?.visits ?? 0).toBe(0);
  });

  it('is plain JSON with finite, non-negative best-time tables of 168 hours', () => {
    const model = train(history(40));
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    const table = model.bestTimes.find((entry) => entry.platform === 'sandbox');
    expect(table?.expectedReward).toHaveLength(HOURS_PER_WEEK);
    expect(table?.samples.reduce((sum, count) => sum + count, 0)).toBe(40);
    for (const value of table?.expectedReward ?? []) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
    }
  });

  it('trains an empty brand into a usable model', () => {
    const model = train([]);
    expect(model).toMatchObject({ kind: 'bandit', sampleSize: 0, averageReward: 0 });
    expect(describeModel(model).insights[0]).toMatch(/No measured posts/);
    expect(recommendToneFormat(model, context)).toBeNull();
  });
});

describe('what the model feeds', () => {
  const model = train(history(40));

  it('recommends the combination that earned most, with the evidence', () => {
    const recommendation = recommendToneFormat(model, context);
    expect(recommendation).toMatchObject({ tone: 'provocative', format: 'thread' });
    expect(recommendation?.ratio).toBeGreaterThan(1.5);
    expect(recommendation?.reason).toMatch(/^provocative threads earned \d+\.\d× the average reward for this brand \(20 posts\)$/);
    expect(describeModel(model).topArms[0]).toMatchObject({ tone: 'provocative', format: 'thread', visits: 20 });
  });

  it('scores trend categories for ranking in 0–1, neutral without evidence', () => {
    expect(rlScoreFor(null, 'tech')).toBe(0.5);
    expect(rlScoreFor(model, null)).toBe(0.5);
    expect(rlScoreFor(model, 'never-posted')).toBe(0.5);
    const tech = rlScoreFor(model, 'tech'); // only winners
    const retail = rlScoreFor(model, 'retail'); // mostly the weaker posts
    expect(tech).toBeGreaterThan(0.5);
    expect(retail).toBeLessThan(0.5);
    for (const score of [tech, retail]) expect(score).toBeGreaterThanOrEqual(0), expect(score).toBeLessThanOrEqual(1);
  });

  it('finds the hour the rewards point to and ranks slots best first', () => {
    // The same kind of post does well on Tuesdays at 14:00 and half as well at other hours.
    const timed = Array.from({ length: 30 }, (_, index) =>
      sample({ tone: 'playful', format: 'single', slot: index % 3 === 0 ? 2 * 24 + 14 : (index * 29) % HOURS_PER_WEEK }, index % 3 === 0 ? 3 : 1.5, 1 + (index % 25)),
    );
    const timedModel = train(timed);
    expect(timedModel.bestTimes.find((entry) => entry.platform === 'sandbox')?.peakSlot).toBe(2 * 24 + 14);
    expect(bestSlotsFor(timedModel, 'sandbox')[0]).toBe(2 * 24 + 14);
    expect(new Set(bestSlotsFor(model, 'mastodon')).size).toBe(HOURS_PER_WEEK);
  });

  it('exploits the best action and explores about ε of the time', () => {
    const random = seededRandom(7);
    const draws = Array.from({ length: 2000 }, () => chooseAction(model, context, random));
    const best = draws.filter((action) => action.tone === 'provocative' && action.format === 'thread').length / draws.length;
    expect(best).toBeGreaterThan(0.7);
    expect(best).toBeLessThan(1);
    const greedy = train(history(40), 0);
    const greedyDraws = Array.from({ length: 500 }, () => chooseAction(greedy, context, seededRandom(11)));
    expect(greedyDraws.every((action) => action.tone === 'provocative' && action.format === 'thread')).toBe(true);
  });

  it('is deterministic for a given random source', () => {
    const first = Array.from({ length: 20 }, ((random) => () => chooseAction(model, context, random))(seededRandom(3)));
    const second = Array.from({ length: 20 }, ((random) => () => chooseAction(model, context, random))(seededRandom(3)));
    expect(second).toEqual(first);
  });

  it('chooses only allowed slots when told', () => {
    const random = seededRandom(5);
    for (let index = 0; index < 200; index++) expect([9, 33]).toContain(chooseAction(model, context, random, { allowedSlots: [9, 33] }).slot);
  });
});

describe('priors and best-time shrinkage', () => {
  it('pool the peers: an empty circle gives an empty prior, peers give their mean with a capped weight', () => {
    expect(poolPriors([])).toMatchObject({ mean: 0, weight: 0 });
    const pooled = poolPriors(history(200));
    expect(pooled.mean).toBeGreaterThan(0.8);
    expect(pooled.mean).toBeLessThan(3.2);
    expect(pooled.weight).toBeGreaterThan(0);
    expect(pooled.weight).toBeLessThanOrEqual(3);
  });

  it('do not let one lucky post take the peak from a consistently good hour', () => {
    const steady = Array.from({ length: 8 }, (_, index) => sample({ tone: 'playful', format: 'single', slot: 30 }, 2, 1 + index));
    const others = Array.from({ length: 20 }, (_, index) => sample({ tone: 'playful', format: 'single', slot: (60 + index * 5) % HOURS_PER_WEEK }, 1, 1 + index));
    const lucky = sample({ tone: 'playful', format: 'single', slot: 120 }, 4, 2);
    expect(bestTimeTable([...steady, ...others, lucky], 'sandbox').peakSlot).toBe(30);
  });
});
