import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { previousPeriod, resolvePeriod } from './analytics-scope';
import { normaliseCompetitorHandle } from './competitor-handle';
import { postExcerpt } from './post-excerpt';
import { growthOf } from './read-follower-growth';
import { relativeChange, totalsDeltas } from './read-overview';

const now = new Date('2026-03-31T12:00:00Z');
const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.details?.issues?.map((issue) => issue.field) : error;
  }
  return null;
};

describe('analytics period', () => {
  it('defaults to the 30 days before now (or before to)', () => {
    expect(resolvePeriod({}, now)).toEqual({ from: new Date('2026-03-01T12:00:00Z'), to: now });
    const to = new Date('2026-02-01T00:00:00Z');
    expect(resolvePeriod({ to }, now)).toEqual({ from: new Date('2026-01-02T00:00:00Z'), to });
  });

  it('names the field of a reversed or too long period', () => {
    expect(fieldOf(() => resolvePeriod({ from: now, to: now }, now))).toEqual(['to']);
    expect(fieldOf(() => resolvePeriod({ from: new Date('2026-04-01T00:00:00Z') }, now))).toEqual(['from']);
    expect(fieldOf(() => resolvePeriod({ from: new Date('2025-03-29T12:00:00Z'), to: now }, now))).toEqual(['to']);
    expect(resolvePeriod({ from: new Date('2025-03-30T12:00:00Z'), to: now }, now).from.toISOString()).toBe('2025-03-30T12:00:00.000Z');
  });

  it('compares with the period of the same length right before', () => {
    expect(previousPeriod({ from: new Date('2026-03-08T00:00:00Z'), to: new Date('2026-03-15T00:00:00Z') })).toEqual({
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-03-08T00:00:00Z'),
    });
  });
});

describe('deltas', () => {
  it('is the relative change, null without a base', () => {
    expect(relativeChange(15, 10)).toBe(0.5);
    expect(relativeChange(5, 10)).toBe(-0.5);
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(5, null)).toBeNull();
    expect(relativeChange(null, 5)).toBeNull();
    const totals = { posts: 4, impressions: 1900, likes: 38, comments: 6, shares: 3, engagementRate: 0.03, averageReward: null };
    const previous = { posts: 1, impressions: 800, likes: 16, comments: 2, shares: 0, engagementRate: 0.02, averageReward: 2 };
    expect(totalsDeltas(totals, previous)).toEqual({ posts: 3, impressions: 1.375, likes: 1.375, comments: 2, shares: null, engagementRate: expect.closeTo(0.5, 10), averageReward: null });
  });
});

describe('follower growth over a series', () => {
  it('compares the first and last known days', () => {
    const points = [{ date: 'd1', followers: null }, { date: 'd2', followers: 1000 }, { date: 'd3', followers: null }, { date: 'd4', followers: 1200 }];
    expect(growthOf(points)).toBe(0.2);
    expect(growthOf([{ date: 'd1', followers: 1000 }])).toBeNull();
    expect(growthOf([{ date: 'd1', followers: null }])).toBeNull();
  });
});

describe('competitor handles', () => {
  it('normalises @ and case', () => {
    expect(normaliseCompetitorHandle('x', '@Rival_Co')).toEqual({ handle: 'rival_co' });
    expect(normaliseCompetitorHandle('bluesky', 'Rival.bsky.social')).toEqual({ handle: 'rival.bsky.social' });
    expect(normaliseCompetitorHandle('mastodon', '@rival@mastodon.social')).toEqual({ handle: 'rival@mastodon.social' });
    expect(normaliseCompetitorHandle('sandbox', 'rival')).toEqual({ handle: 'rival' });
  });

  it('refuses shapes the network would not have', () => {
    for (const [platform, handle] of [
      ['x', 'has spaces'],
      ['x', 'waytoolonghandle16'],
      ['bluesky', 'rival'],
      ['bluesky', 'bad_.bsky.social'],
      ['mastodon', 'rival'],
      ['mastodon', 'rival@'],
      ['sandbox', 'a b'],
    ] as const) {
      expect(normaliseCompetitorHandle(platform, handle), `${platform} ${handle}`).toHaveProperty('error');
    }
  });
});

describe('post excerpts', () => {
  it('keeps short texts, flattens whitespace and cuts long ones at a word', () => {
    expect(postExcerpt('Hello\n\nworld')).toBe('Hello world');
    const long = 'word '.repeat(40);
    const excerpt = postExcerpt(long, 20);
    expect(excerpt).toBe('word word word word…');
    expect([...postExcerpt('😀'.repeat(30), 10)]).toHaveLength(10);
  });
});
