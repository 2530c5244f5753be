import { describe, expect, it } from 'vitest';
import { computeReward, engagementRate, estimateImpressions, followerGrowth, reachShareFromHistory, unknownCounts, virality, type EngagementCounts } from './engagement-metrics';

const publishedAt = new Date('2026-11-01T12:00:00Z');
const dayLater = new Date('2026-11-02T12:00:00Z');
const weekLater = new Date('2026-11-08T12:00:00Z');
const counts = (values: Partial<EngagementCounts>): EngagementCounts => ({ ...unknownCounts, ...values });

describe('computeReward', () => {
  it('weights comments 3× and shares 5× per impression, ×100', () => {
    const reward = computeReward(counts({ impressions: 10_000, likes: 100, comments: 10, shares: 4 }), { estimatedImpressions: null, publishedAt, now: dayLater });
    expect(reward.value).toBeCloseTo(((100 + 30 + 20) / 10_000) * 100, 10);
    expect(reward).toMatchObject({ estimated: false, final: false });
  });

  it('caps at 5', () => {
    expect(computeReward(counts({ impressions: 100, likes: 50, comments: 10, shares: 10 }), { estimatedImpressions: null, publishedAt, now: dayLater }).value).toBe(5);
  });

  it('is final after 7 days and provisional before', () => {
    const metrics = counts({ impressions: 1000, likes: 10 });
    expect(computeReward(metrics, { estimatedImpressions: null, publishedAt, now: new Date(weekLater.getTime() - 1) }).final).toBe(false);
    expect(computeReward(metrics, { estimatedImpressions: null, publishedAt, now: weekLater }).final).toBe(true);
  });

  it('gives no reward for zero impressions instead of infinity', () => {
    expect(computeReward(counts({ impressions: 0, likes: 3 }), { estimatedImpressions: null, publishedAt, now: dayLater }).value).toBeNull();
  });

  it('gives no reward when nothing at all is known, rather than zero', () => {
    expect(computeReward(unknownCounts, { estimatedImpressions: 500, publishedAt, now: dayLater }).value).toBeNull();
    expect(computeReward(counts({ impressions: 500 }), { estimatedImpressions: null, publishedAt, now: dayLater }).value).toBeNull();
  });

  it('counts an unknown part as absent when the others are known', () => {
    expect(computeReward(counts({ impressions: 1000, likes: 10, comments: null, shares: 2 }), { estimatedImpressions: null, publishedAt, now: dayLater }).value).toBeCloseTo(2, 10);
  });

  it('uses estimated impressions when the platform reports none, and says so', () => {
    const reward = computeReward(counts({ likes: 8, comments: 1, shares: 1 }), { estimatedImpressions: 400, publishedAt, now: dayLater });
    expect(reward.value).toBeCloseTo(((8 + 3 + 5) / 400) * 100, 10);
    expect(reward.estimated).toBe(true);
  });

  it('gives no reward without impressions or an estimate', () => {
    expect(computeReward(counts({ likes: 8 }), { estimatedImpressions: null, publishedAt, now: dayLater })).toEqual({ value: null, estimated: false, final: false });
  });
});

describe('derived metrics', () => {
  it('engagement rate prefers reach, falls back to impressions', () => {
    expect(engagementRate(counts({ reach: 200, impressions: 1000, likes: 10, comments: 5, shares: 5 }))).toBeCloseTo(0.1, 10);
    expect(engagementRate(counts({ impressions: 1000, likes: 10, comments: 5, shares: 5 }))).toBeCloseTo(0.02, 10);
    expect(engagementRate(counts({ reach: 0, impressions: 400, likes: 4 }))).toBeCloseTo(0.01, 10);
  });

  it('engagement rate is unknown with zero or unknown denominators, or no known interactions', () => {
    expect(engagementRate(counts({ impressions: 0, likes: 3 }))).toBeNull();
    expect(engagementRate(counts({ likes: 3 }))).toBeNull();
    expect(engagementRate(counts({ impressions: 100 }))).toBeNull();
    expect(engagementRate(counts({ likes: 3 }), 300)).toBeCloseTo(0.01, 10);
  });

  it('virality is shares over impressions, unknown when either is', () => {
    expect(virality(counts({ impressions: 1000, shares: 25 }))).toBeCloseTo(0.025, 10);
    expect(virality(counts({ impressions: 1000 }))).toBeNull();
    expect(virality(counts({ impressions: 0, shares: 2 }))).toBeNull();
    expect(virality(counts({ shares: 0, impressions: 50 }))).toBe(0);
  });

  it('follower growth is the net change over the earlier total', () => {
    expect(followerGrowth(1000, 1050)).toBeCloseTo(0.05, 10);
    expect(followerGrowth(1000, 990)).toBeCloseTo(-0.01, 10);
    expect(followerGrowth(null, 10)).toBeNull();
    expect(followerGrowth(0, 10)).toBeNull();
  });
});

describe('estimated impressions', () => {
  it('scale with followers and default to a fifth of them', () => {
    expect(estimateImpressions(1000)).toBe(200);
    expect(estimateImpressions(null)).toBeNull();
    expect(estimateImpressions(0)).toBeNull();
  });

  it('follow the account history when there is some', () => {
    // Median 6 interactions at a 3 % engagement rate → seen by 200 of 500 followers.
    const share = reachShareFromHistory([3, 6, 30], 500);
    expect(share).toBeCloseTo(0.4, 10);
    expect(estimateImpressions(500, share)).toBe(200);
    expect(reachShareFromHistory([], 500)).toBeNull();
    expect(reachShareFromHistory([10_000], 100)).toBe(1);
    expect(reachShareFromHistory([0, 0], 100)).toBe(0.02);
  });
});
