import { describe, expect, it } from 'vitest';
import { categorize } from './categorize';

describe('categorize', () => {
  it('places a story in the industry whose words it uses most', () => {
    expect(categorize(['bank', 'launch', 'instant', 'payment', 'small', 'business'])).toBe('fintech');
    expect(categorize(['hospital', 'trial', 'vaccine', 'data'])).toBe('health');
    expect(categorize(['student', 'teacher', 'ai', 'classroom'])).toBe('education');
    expect(categorize(['shopping', 'store', 'discount'])).toBe('retail');
    expect(categorize(['gpu', 'chip', 'developer'])).toBe('tech');
  });

  it('says other when no industry word appears', () => {
    expect(categorize(['football', 'final', 'score'])).toBe('other');
    expect(categorize([])).toBe('other');
  });
});
