import { describe, expect, it } from 'vitest';
import { evaluateDedup } from './evaluate-dedup';

const items = ['a', 'a', 'a', 'b', 'b', 'c'].map((story) => ({ story }));

describe('evaluateDedup', () => {
  it('is perfect for the true clustering', () => {
    const score = evaluateDedup(items, [{ trendId: null, itemIndexes: [0, 1, 2] }, { trendId: null, itemIndexes: [3, 4] }, { trendId: null, itemIndexes: [5] }]);
    expect(score).toEqual({ precision: 1, recall: 1, pairs: { clustered: 4, correct: 4, sameStory: 4 } });
  });

  it('counts pairs: a split story costs recall, a merged one precision', () => {
    const score = evaluateDedup(items, [{ trendId: null, itemIndexes: [0, 1] }, { trendId: null, itemIndexes: [2, 3, 4, 5] }]);
    // clustered pairs: 1 + 6; correct: (0,1) and (3,4); same-story pairs: 3 + 1
    expect(score.pairs).toEqual({ clustered: 7, correct: 2, sameStory: 4 });
    expect(score.precision).toBeCloseTo(2 / 7);
    expect(score.recall).toBeCloseTo(2 / 4);
  });

  it('is precise by definition when nothing is clustered', () => {
    const score = evaluateDedup(items, items.map((_, index) => ({ trendId: null, itemIndexes: [index] })));
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0);
  });
});
