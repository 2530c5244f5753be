import { describe, expect, it } from 'vitest';
import { finalizeItems, type TrendItemDraft } from './finalize-items';

const publishedAt = new Date('2026-11-02T10:00:00Z');
const draft = (overrides: Partial<TrendItemDraft>): TrendItemDraft => ({ externalId: 'a', title: 'A title', publishedAt, ...overrides });

describe('finalizeItems', () => {
  it('collapses whitespace, clamps lengths and fills unknown engagement with null', () => {
    const [item] = finalizeItems('rss', [draft({ title: `  ${'word '.repeat(200)} `, summary: 'x'.repeat(6000), channel: ' Feed  title ', engagement: { score: 5 } })]);
    expect(item?.title.length).toBeLessThanOrEqual(500);
    expect(item?.title.endsWith('…')).toBe(true);
    expect(item?.summary.length).toBe(5000);
    expect(item).toMatchObject({ source: 'rss', channel: 'Feed title', engagement: { score: 5, comments: null, traffic: null }, url: null, imageUrl: null });
  });

  it('drops items without a title, duplicates and ones with an unusable date; never throws', () => {
    const items = finalizeItems('reddit', [
      draft({ externalId: '1', title: '   ' }),
      draft({ externalId: '2', title: 'Kept' }),
      draft({ externalId: '2', title: 'Duplicate' }),
      draft({ externalId: '3', publishedAt: new Date('nonsense') }),
      draft({ externalId: '', title: 'No id' }),
    ]);
    expect(items.map((item) => item.title)).toEqual(['Kept']);
  });

  it('keeps only absolute http(s) URLs and hashes ids too long to store', () => {
    const [item] = finalizeItems('rss', [draft({ externalId: `https://example.com/${'p'.repeat(600)}`, url: 'javascript:alert(1)', imageUrl: 'https://cdn.example/img.png' })]);
    expect(item?.url).toBeNull();
    expect(item?.imageUrl).toBe('https://cdn.example/img.png');
    expect(item?.externalId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(finalizeItems('rss', [draft({ url: 'ftp://example.com/x' })])[0]?.url).toBeNull();
    expect(finalizeItems('rss', [draft({ engagement: { score: Number.NaN } })])[0]?.engagement.score).toBeNull();
  });
});
