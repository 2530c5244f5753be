import { describe, expect, it } from 'vitest';
import { DISMISSAL_DECAY, NEUTRAL_RL_SCORE, rlScoreFromDismissals } from './dismissal-feedback';

describe('rlScoreFromDismissals', () => {
  it('is neutral without dismissals or a learned score', () => {
    expect(rlScoreFromDismissals([], 'tech')).toBe(NEUTRAL_RL_SCORE);
  });

  it("starts from the learner's score for the category", () => {
    expect(rlScoreFromDismissals([], 'tech', 0.8)).toBe(0.8);
  });

  it('lowers the score for each dismissal in the same category only', () => {
    const dismissals = [{ category: 'tech' }, { category: 'tech' }, { category: 'fintech' }];
    expect(rlScoreFromDismissals(dismissals, 'tech', 0.8)).toBeCloseTo(0.8 * DISMISSAL_DECAY ** 2, 12);
    expect(rlScoreFromDismissals(dismissals, 'retail', 0.8)).toBe(0.8);
  });
});
