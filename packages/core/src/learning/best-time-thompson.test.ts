import { describe, expect, it } from 'vitest';
import { seededRandom } from '../ai/content/seeded-random';
import { slotDistance } from './best-time-kernel';
import { sampleSlot, sampleSlotCurve } from './best-time-thompson';
import { HOURS_PER_WEEK, type RewardSample } from './learner-model';
import { emptyPrior } from './priors';
import { trainLearner } from './train-learner';

const sample = (slot: number, reward: number): RewardSample => ({
  context: { industry: 'tech', trendCategory: null, platform: 'sandbox' },
  action: { tone: 'playful', format: 'single', slot },
  reward,
  publishedAt: new Date('2026-03-01T00:00:00Z'),
  estimated: false,
});
const train = (samples: RewardSample[]) => trainLearner(samples, { now: new Date('2026-03-02T00:00:00Z'), timeZone: 'UTC', priors: emptyPrior, epsilon: 0.15, alpha: 0.1 });
const reward = (slot: number) => 1 + 1.5 * Math.exp(-((slotDistance(slot, 40) / 10) ** 2));

describe('Thompson sampling over hours', () => {
  it('scatters posts over the week while it knows nothing', () => {
    const model = train([]);
    const random = seededRandom(1);
    const slots = Array.from({ length: 300 }, () => sampleSlot(model, 'sandbox', random, []));
    expect(new Set(slots).size).toBeGreaterThan(100);
  });

  it('concentrates on the good hours once the rewards say where they are, still probing beside the peak', () => {
    const samples = Array.from({ length: 400 }, (_, index) => {
      const slot = (index * 37) % HOURS_PER_WEEK;
      return sample(slot, reward(slot) * (index % 3 === 0 ? 0.85 : index % 3 === 1 ? 1 : 1.15));
    });
    const model = train(samples);
    const random = seededRandom(2);
    const slots = Array.from({ length: 300 }, () => sampleSlot(model, 'sandbox', random, []));
    const near = slots.filter((slot) => slotDistance(slot, 40) <= 6).length;
    expect(near / slots.length).toBeGreaterThan(0.9);
    expect(new Set(slots).size).toBeGreaterThan(2);
  });

  it('draws smooth curves around the stored estimate, deterministically for a seed', () => {
    const model = train(Array.from({ length: 60 }, (_, index) => sample((index * 11) % HOURS_PER_WEEK, reward((index * 11) % HOURS_PER_WEEK))));
    const first = sampleSlotCurve(model, 'sandbox', seededRandom(3));
    expect(sampleSlotCurve(model, 'sandbox', seededRandom(3))).toEqual(first);
    expect(first).toHaveLength(HOURS_PER_WEEK);
    const jumps = first.slice(1).map((value, slot) => Math.abs(value - (first[slot] ?? 0)));
    expect(Math.max(...jumps)).toBeLessThan(0.5);
  });

  it('picks only among allowed hours', () => {
    const model = train([sample(40, 3)]);
    const random = seededRandom(4);
    for (let index = 0; index < 50; index++) expect([5, 6, 150]).toContain(sampleSlot(model, 'sandbox', random, [5, 6, 150]));
  });
});
