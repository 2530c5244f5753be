import { describe, expect, it } from 'vitest';
import type { AbTestRecord } from '../ports/ab-test-repositories';
import { abTestView } from './ab-test-view';

const test = (postIds: string[], significanceLevel = 0.95): AbTestRecord => ({
  id: 't1',
  organizationId: 'o1',
  brandId: 'b1',
  name: 'Hooks',
  postIds,
  significanceLevel,
  status: 'running',
  decidedPostId: null,
  decidedAt: null,
  decidedByUserId: null,
  createdAt: new Date('2026-11-01T00:00:00Z'),
  updatedAt: new Date('2026-11-01T00:00:00Z'),
});
const posts = [
  { id: 'p1', text: 'Short  and\nsweet' },
  { id: 'p2', text: 'x'.repeat(200) },
  { id: 'p3', text: 'Third' },
];

describe('abTestView', () => {
  it('labels variants A… in order, flattens excerpts and marks deleted posts', () => {
    const view = abTestView(test(['p1', 'p2', 'gone']), posts, []);
    expect(view.variants.map((variant) => [variant.label, variant.excerpt.length, variant.rate])).toEqual([
      ['A', 'Short and sweet'.length, null],
      ['B', 80, null],
      ['C', '(deleted post)'.length, null],
    ]);
    expect(view.variants[1]?.excerpt.endsWith('…')).toBe(true);
    expect(view.result).toMatchObject({ winnerPostId: null, pValue: null, significant: false, message: 'No winner yet' });
  });

  it('writes the verdict with p below 0.001 and never rounds the probability up to 100%', () => {
    const view = abTestView(test(['p1', 'p3']), posts, [
      { postId: 'p1', impressions: 10_000, interactions: 100 },
      { postId: 'p3', impressions: 10_000, interactions: 300 },
    ]);
    expect(view.result.winnerPostId).toBe('p3');
    expect(view.result.message).toBe('Variant B wins (p < 0.001, > 99% probability to beat the rest)');
  });

  it('caps interactions at the impressions (low estimates) so the statistics stay proportions', () => {
    const view = abTestView(test(['p1', 'p3']), posts, [
      { postId: 'p1', impressions: 50, interactions: 80 },
      { postId: 'p3', impressions: 1000, interactions: 10 },
    ]);
    expect(view.variants[0]).toMatchObject({ interactions: 80, rate: 1.6 });
    expect(view.result.winnerPostId).toBe('p1');
  });
});
