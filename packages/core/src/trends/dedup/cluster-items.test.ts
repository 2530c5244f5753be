import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url';
import { type ClusterInput, clusterItems, DEFAULT_CLUSTER_THRESHOLDS, type KnownTrend } from './cluster-items';
import { textSignature } from './minhash';

interface Story {
  title: string;
  summary?: string;
  url?: string | null;
  image?: string | null;
  knownTrendId?: string | null;
}

const input = ({ title, summary = '', url = null, image = null, knownTrendId = null }: Story): ClusterInput => ({
  canonicalUrl: url === null ? null : canonicalUrl(url),
  signature: textSignature(title, summary),
  imageHash: image,
  knownTrendId,
});

const known = (trendId: string, title: string, summary = '', imageHashes: string[] = []): KnownTrend => ({
  trendId,
  signature: textSignature(title, summary),
  imageHashes,
});

/** Clusters as sorted lists of item indexes, for order-free comparison. */
const groups = (items: Story[], trends: KnownTrend[] = []) =>
  clusterItems(items.map(input), trends)
    .map((cluster) => cluster.itemIndexes.join(','))
    .sort();

const harvard: Story[] = [
  { title: 'Judge rules Trump administration illegally froze Harvard research funding', summary: 'A federal judge in Boston said the government violated the First Amendment when it cut $2.2 billion in grants to Harvard.' },
  { title: 'Harvard wins court fight over $2.2 billion in frozen federal grants', summary: 'The ruling restores research money the administration cancelled; the White House said it would appeal.' },
];
const measles: Story = { title: 'Texas measles outbreak grows to 400 cases', summary: 'State health officials reported 400 measles cases in West Texas, most of them in unvaccinated children.' };
const fed: Story = { title: 'Fed holds interest rates steady, signals two cuts later this year', summary: 'The Federal Reserve kept its benchmark rate in a range of 4.25% to 4.5%.' };

describe('clusterItems', () => {
  it('clusters reposts of one link with tracking parameters, whatever their titles', () => {
    const items: Story[] = [
      { title: 'Wow, look at this', url: 'https://www.example.com/story?utm_source=reddit' },
      { title: 'Must read', url: 'https://m.example.com/story/amp?fbclid=abc' },
      { title: 'Something else entirely', url: 'https://example.com/other-story' },
    ];
    expect(groups(items)).toEqual(['0,1', '2']);
  });

  it('clusters reworded headlines of one story and keeps other stories apart', () => {
    expect(groups([harvard[0] as Story, measles, harvard[1] as Story, fed])).toEqual(['0,2', '1', '3']);
  });

  it('keeps near misses that share a name apart', () => {
    const items: Story[] = [
      { title: 'Apple unveils iPhone 17 with thinner design', summary: 'Apple introduced the iPhone 17 at its September event in Cupertino.' },
      { title: 'Apple shares fall 3% as investors shrug off product launch', summary: 'Apple stock slid on Wednesday as Wall Street analysts worried about demand in China.' },
      { title: 'Magnitude 7.7 earthquake strikes Myanmar', summary: 'A powerful quake centred near Mandalay killed hundreds.' },
      { title: 'Magnitude 8.8 earthquake off Kamchatka triggers tsunami warnings', summary: 'Tsunami alerts were issued from Japan to Hawaii.' },
    ];
    expect(groups(items)).toEqual(['0', '1', '2', '3']);
  });

  it('joins a stored trend by exact key and by similar text', () => {
    const trends = [known('trend-harvard', harvard[0]?.title as string, harvard[0]?.summary), known('trend-fed', 'Unrelated stored trend about interest rates')];
    const clusters = clusterItems([input({ title: 'Anything', knownTrendId: 'trend-fed' }), input(harvard[1] as Story), input(measles)], trends);
    expect(clusters).toEqual([
      { trendId: 'trend-fed', itemIndexes: [0] },
      { trendId: 'trend-harvard', itemIndexes: [1] },
      { trendId: null, itemIndexes: [2] },
    ]);
  });

  it('takes the trend of a stored key even when that trend is not among the known ones', () => {
    const clusters = clusterItems([input({ title: 'First', knownTrendId: 'trend-x', url: 'https://example.com/a' }), input({ title: 'Second', url: 'https://example.com/a' })], []);
    expect(clusters).toEqual([{ trendId: 'trend-x', itemIndexes: [0, 1] }]);
  });

  it('never merges two stored trends, not through a shared link nor similar text', () => {
    const trends = [known('trend-a', harvard[0]?.title as string, harvard[0]?.summary), known('trend-b', harvard[1]?.title as string, harvard[1]?.summary)];
    const items: Story[] = [
      { title: 'Harvard funding ruling', url: 'https://example.com/harvard', knownTrendId: 'trend-a' },
      { title: 'Harvard funding ruling', url: 'https://example.com/harvard', knownTrendId: 'trend-b' },
      { ...(harvard[0] as Story), url: 'https://example.com/harvard' },
      harvard[1] as Story,
    ];
    const clusters = clusterItems(items.map(input), trends);
    const trendIds = clusters.map((cluster) => cluster.trendId);
    expect(trendIds.filter((id) => id !== null).sort()).toEqual(['trend-a', 'trend-b']);
    expect(clusters.find((cluster) => cluster.trendId === 'trend-a')?.itemIndexes).toContain(0);
    expect(clusters.find((cluster) => cluster.trendId === 'trend-b')?.itemIndexes).toContain(1);
  });

  it('joins a reworded story that shares a photo, but not one only sharing a photo', () => {
    const photo = '9f3c0a5e71d2b468';
    const nearPhoto = '9f3c0a5e71d2b469'; // one bit off: the same photo resized
    const items: Story[] = [
      { title: 'Thieves steal crown jewels from the Louvre', summary: 'Robbers escaped with Napoleonic jewellery.', image: photo },
      { title: 'Audacious heist at the Louvre', summary: 'Priceless jewellery taken on Sunday.', image: nearPhoto },
      { title: 'Quarterly results from a software maker', summary: 'Revenue grew in line with forecasts.', image: photo },
    ];
    expect(groups(items)).toEqual(['0,1', '2']);
    expect(groups(items.map((item) => ({ ...item, image: null })))).toEqual(['0', '1', '2']);
  });

  it('ignores a placeholder image carried by many unrelated items', () => {
    const placeholder = '0000ffff0000ffff';
    const stories: [string, string][] = [
      ['Wildfires force evacuations near Athens', 'Firefighters battled blazes in the hills north of the Greek capital.'],
      ['ECB plans a digital euro', 'The central bank moves its digital currency project to a new phase.'],
      ['Farmers protest in Brussels', 'Tractors blocked streets as farmers opposed the Mercosur deal.'],
      ['Blackout hits Spain and Portugal', 'Trains stopped and traffic lights failed across the Iberian grid.'],
      ['NATO raises spending target', 'Allies agreed to spend five percent of output on defence.'],
      ['UK inflation rises to 3.8%', 'Food prices and air fares drove the increase, statisticians said.'],
      ['EU AI rules take effect', 'General-purpose model providers must publish training summaries.'],
      ['Dutch government collapses', 'The coalition fell apart over asylum policy, the prime minister said.'],
    ];
    // Every item ends with the outlet's "Europe" tag: a shared word, which with a distinctive photo would be enough to join.
    const items = stories.map(([title, summary]) => input({ title, summary: `${summary} Europe`, image: placeholder }));
    expect(items.length).toBeGreaterThan(DEFAULT_CLUSTER_THRESHOLDS.genericImageItems);
    expect(clusterItems(items, [])).toHaveLength(stories.length);
    const unguarded = clusterItems(items, [], { ...DEFAULT_CLUSTER_THRESHOLDS, genericImageItems: 100 });
    expect(unguarded.length).toBeLessThan(stories.length);
  });

  it('joins a stored trend by its picture when the text agrees a little', () => {
    const photo = 'a1b2c3d4e5f60718';
    const trends = [known('trend-louvre', 'Thieves steal crown jewels from the Louvre', 'Robbers escaped with Napoleonic jewellery.', [photo])];
    const clusters = clusterItems([input({ title: 'Audacious heist at the Louvre', summary: 'Priceless jewellery taken on Sunday.', image: 'a1b2c3d4e5f60719' })], trends);
    expect(clusters).toEqual([{ trendId: 'trend-louvre', itemIndexes: [0] }]);
  });

  it('puts every item in exactly one cluster, with at most one cluster per stored trend', () => {
    const words = ['apple', 'iphone', 'fed', 'rates', 'measles', 'texas', 'harvard', 'grants', 'bitcoin', 'record', 'quake', 'myanmar'];
    const story = fc.record({
      title: fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 6 }).map((picked) => picked.join(' ')),
      url: fc.option(fc.constantFrom('https://a.example/1', 'https://a.example/1?utm_source=x', 'https://b.example/2'), { nil: null }),
      image: fc.option(fc.constantFrom('0000000000000000', '0000000000000001', 'ffffffffffffffff', 'not-a-hash'), { nil: null }),
      knownTrendId: fc.option(fc.constantFrom('t1', 't2', 't3'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(story, { maxLength: 40 }), fc.array(fc.constantFrom('t1', 't2', 't4'), { maxLength: 3 }), (stories, trendIds) => {
        const trends = trendIds.map((trendId, index) => known(trendId, words.slice(index * 2, index * 2 + 3).join(' '), '', ['0000000000000000']));
        const clusters = clusterItems(stories.map(input), trends);
        const indexes = clusters.flatMap((cluster) => cluster.itemIndexes).sort((a, b) => a - b);
        expect(indexes).toEqual(stories.map((_, index) => index));
        expect(clusters.every((cluster) => cluster.itemIndexes.length > 0)).toBe(true);
        const stored = clusters.map((cluster) => cluster.trendId).filter((id) => id !== null);
        expect(new Set(stored).size).toBe(stored.length);
        // An item carrying a stored key lands in that trend's cluster.
        stories.forEach((item, index) => {
          if (item.knownTrendId !== null) expect(clusters.find((cluster) => cluster.itemIndexes.includes(index))?.trendId).toBe(item.knownTrendId);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('is empty for no items', () => {
    expect(clusterItems([], [known('t1', 'A stored trend')])).toEqual([]);
  });
});
