import { describe, expect, it } from 'vitest';
import { contentFormats } from '../ai/content-types';
import { seededRandom } from '../ai/content/seeded-random';
import { tones } from '../brands/brand';
import { slotDistance } from './best-time-kernel';
import { chooseAction } from './choose-action';
import { HOURS_PER_WEEK, type LearnerAction, type RewardSample } from './learner-model';
import { emptyPrior } from './priors';
import { trainLearner } from './train-learner';

const context = { industry: 'education', trendCategory: null, platform: 'mastodon' as const };
const start = Date.UTC(2026, 0, 4);

/** A small world: conversational carousels at hour 100 earn most; every part matters. */
function expectedReward(action: LearnerAction): number {
  const tone = action.tone === 'conversational' ? 1 : 0.6;
  const format = action.format === 'carousel' ? 1 : 0.7;
  const timing = 0.4 + 0.6 * Math.exp(-((slotDistance(action.slot, 100) / 12) ** 2));
  return 3 * tone * format * timing;
}

/** Runs `posts` posts, retraining after each, and returns the summed expected-reward regret. */
function run(posts: number, choose: (index: number, samples: RewardSample[]) => LearnerAction): number {
  const noise = seededRandom(99);
  const samples: RewardSample[] = [];
  let regret = 0;
  for (let index = 0; index < posts; index++) {
    const action = choose(index, samples);
    regret += 3 - expectedReward(action);
    samples.push({ context, action, reward: expectedReward(action) * (0.7 + 0.6 * noise()), publishedAt: new Date(start + index * 3_600_000), estimated: true });
  }
  return regret;
}

describe('chooseAction', () => {
  it('learns a small world far better than chance', () => {
    const random = seededRandom(1);
    const now = new Date(start + 200 * 3_600_000);
    const learner = run(150, (_, samples) => chooseAction(trainLearner(samples, { now, timeZone: 'UTC', priors: emptyPrior, epsilon: 0.15, alpha: 0.1 }), context, random));
    const chance = seededRandom(2);
    const uniform = run(150, () => ({ tone: tones[Math.floor(chance() * tones.length)] ?? 'playful', format: contentFormats[Math.floor(chance() * contentFormats.length)] ?? 'single', slot: Math.floor(chance() * HOURS_PER_WEEK) }));
    expect(learner).toBeLessThan(uniform * 0.5);
  });

  it('explores one part at a time, about ε of the posts', () => {
    // Every tone, format and much of the week tried; the best of each at half the posts.
    const samples = Array.from({ length: 240 }, (_, index): RewardSample => {
      const best = index % 2 === 0;
      const action: LearnerAction = {
        tone: best ? 'conversational' : (tones[index % tones.length] ?? 'playful'),
        format: best ? 'carousel' : (contentFormats[(index >> 1) % contentFormats.length] ?? 'single'),
        slot: best ? 100 : (index * 37) % HOURS_PER_WEEK,
      };
      return { context, action, reward: expectedReward(action), publishedAt: new Date(start + index * 3_600_000), estimated: false };
    });
    const model = trainLearner(samples, { now: new Date(start + 300 * 3_600_000), timeZone: 'UTC', priors: emptyPrior, epsilon: 1, alpha: 0.1 });
    const random = seededRandom(3);
    const actions = Array.from({ length: 600 }, () => chooseAction(model, context, random));
    // With ε = 1 every post explores exactly one part, so at least two parts are the learner's pick.
    for (const action of actions) {
      const learnt = [action.tone === 'conversational', action.format === 'carousel', slotDistance(action.slot, 100) <= 12].filter(Boolean).length;
      expect(learnt).toBeGreaterThanOrEqual(2);
    }
    const otherTone = actions.filter((action) => action.tone !== 'conversational').length / actions.length;
    expect(otherTone).toBeGreaterThan(0.2); // a third of posts explore the tone, five in six of those land elsewhere
    expect(otherTone).toBeLessThan(0.36);
  });

  it('works from the first post, with no data at all', () => {
    const model = trainLearner([], { now: new Date(start), timeZone: 'UTC', priors: emptyPrior, epsilon: 0.15, alpha: 0.1 });
    const action = chooseAction(model, context, seededRandom(4));
    expect(tones).toContain(action.tone);
    expect(contentFormats).toContain(action.format);
    expect(action.slot).toBeGreaterThanOrEqual(0);
    expect(action.slot).toBeLessThan(HOURS_PER_WEEK);
    expect(chooseAction(model, context, seededRandom(4), { allowedSlots: [7, 8.5, -1, 400] }).slot).toBe(7);
  });
});
