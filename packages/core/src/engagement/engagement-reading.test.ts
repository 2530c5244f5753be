import { describe, expect, it } from 'vitest';
import type { TrackedTarget } from '../ports/engagement-repositories';
import { estimatedImpressionsFor, readingOf } from './engagement-reading';

const publishedAt = new Date('2026-03-02T10:00:00Z');
const target: TrackedTarget = {
  targetId: 't1',
  organizationId: 'o1',
  brandId: 'b1',
  postId: 'p1',
  socialAccountId: 'a1',
  platform: 'bluesky',
  platformPostId: 'at://did:plc:x/app.bsky.feed.post/1',
  publishedAt,
  dueAt: publishedAt,
};
const fetchedAt = new Date('2026-03-02T10:30:00Z');

describe('a reading', () => {
  it('keeps what the platform does not report null and estimates impressions only then', () => {
    const metrics = { platformPostId: target.platformPostId, impressions: null, likes: 8, comments: 1, shares: 1, quotes: null, saves: null, clicks: null };
    const reading = readingOf(target, metrics, { fetchedAt, estimatedImpressions: 400, intervalHours: 4 });
    expect(reading.counts).toEqual({ impressions: null, reach: null, likes: 8, comments: 1, shares: 1, quotes: null, saves: null, clicks: null });
    expect(reading).toMatchObject({ estimatedImpressions: 400, rewardEstimated: true, rewardFinal: false, dueAt: publishedAt, nextFetchAt: new Date('2026-03-02T11:00:00Z') });
    expect(reading.reward).toBeCloseTo(((8 + 3 + 5) / 400) * 100);
    expect(reading.engagementRate).toBeCloseTo(10 / 400);
  });

  it('uses reported impressions as they are, with no estimate', () => {
    const metrics = { platformPostId: 'x1', impressions: 1000, likes: 10, comments: 0, shares: 0, quotes: 0, saves: 2, clicks: null };
    const reading = readingOf({ ...target, platform: 'x' }, metrics, { fetchedAt, estimatedImpressions: 400, intervalHours: 4 });
    expect(reading).toMatchObject({ estimatedImpressions: null, rewardEstimated: false, virality: 0 });
  });

  it('has no reward without any impressions to divide by, rather than a misleading 0', () => {
    const metrics = { platformPostId: 'm1', impressions: null, likes: 3, comments: null, shares: null, quotes: null, saves: null, clicks: null };
    expect(readingOf(target, metrics, { fetchedAt, estimatedImpressions: null, intervalHours: 4 })).toMatchObject({ reward: null, engagementRate: null, virality: null });
  });

  it('estimates from followers: 20 % without history, the history-derived share with it', () => {
    expect(estimatedImpressionsFor({ followers: 1000, interactionHistory: [] })).toBe(200);
    expect(estimatedImpressionsFor({ followers: null, interactionHistory: [30] })).toBeNull();
    expect(estimatedImpressionsFor({ followers: 1000, interactionHistory: [9, 12, 15] })).toBe(400);
  });
});
