import { describe, expect, it } from 'vitest';
import type { RewardSample } from './learner-model';
import { learnQValues, qEvidence, qUpdate, stateKey, type QTable } from './q-learning';

const context = { industry: 'fintech', trendCategory: 'payments', platform: 'x' as const };

describe('tabular Q-learning', () => {
  it('keys states by industry, trend category and platform', () => {
    expect(stateKey(context)).toBe('fintech|payments|x');
    expect(stateKey({ ...context, trendCategory: null })).toBe('fintech|-|x');
  });

  it('averages a new pair until 1/α visits, then applies Q ← Q + α(r − Q)', () => {
    const table: QTable = {};
    qUpdate(table, 's', 'a', 2, 0.5);
    expect(table.s?.a).toEqual({ value: 2, visits: 1 });
    qUpdate(table, 's', 'a', 4, 0.5);
    expect(table.s?.a).toEqual({ value: 3, visits: 2 });
    qUpdate(table, 's', 'a', 1, 0.5); // step max(0.5, 1/3) = 0.5
    expect(table.s?.a).toEqual({ value: 2, visits: 3 });
    qUpdate(table, 's', 'a', 4, 0.5);
    expect(table.s?.a).toEqual({ value: 3, visits: 4 });
  });

  it('replays samples in order, so recent rewards weigh more once α rules', () => {
    const sample = (reward: number, day: number): RewardSample => ({ context, action: { tone: 'playful', format: 'thread', slot: 3 }, reward, publishedAt: new Date(Date.UTC(2026, 0, day)), estimated: false });
    const early = [...Array.from({ length: 20 }, (_, index) => sample(1, index + 1)), ...Array.from({ length: 20 }, (_, index) => sample(3, index + 21))];
    const table = learnQValues(early, early.map((each) => each.reward), 0.1);
    const entry = table['fintech|payments|x']?.['playful|thread'];
    expect(entry?.visits).toBe(40);
    // A plain average would be 2; the running Q leans towards the recent 3s.
    expect(entry?.value).toBeGreaterThan(2.5);
    // The rewards passed in win over the samples' own (the learner passes timing-adjusted ones).
    expect(learnQValues(early.slice(0, 1), [4], 0.1)['fintech|payments|x']?.['playful|thread']?.value).toBe(4);
  });

  it('counts a Q-value as at most the ~1/α posts it remembers', () => {
    expect(qEvidence(3, 0.1)).toBe(3);
    expect(qEvidence(50, 0.1)).toBe(10);
    expect(qEvidence(50, 0)).toBe(50);
  });
});
