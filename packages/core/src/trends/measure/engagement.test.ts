import { describe, expect, it } from 'vitest';
import { engagementOf, totalEngagement, TRAFFIC_PER_INTERACTION } from './engagement';

describe('engagement', () => {
  it('adds points and comments, counts searches at a discount, and keeps unknown apart from zero', () => {
    expect(engagementOf({ score: 120, comments: 30, traffic: null })).toBe(150);
    expect(engagementOf({ score: null, comments: null, traffic: 20_000 })).toBe(20_000 / TRAFFIC_PER_INTERACTION);
    expect(engagementOf({ score: null, comments: null, traffic: null })).toBeNull();
    expect(engagementOf({ score: 0, comments: null, traffic: null })).toBe(0);
  });

  it('sums members, ignoring unknowns, and is null only when every member is unknown', () => {
    expect(totalEngagement([{ score: 10, comments: 2, traffic: null }, { score: null, comments: null, traffic: null }])).toBe(12);
    expect(totalEngagement([{ score: null, comments: null, traffic: null }])).toBeNull();
    expect(totalEngagement([])).toBeNull();
  });
});
