import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderError } from '@socialseed/core/ports/social-provider';
import { FakeFeeds } from '@socialseed/testkit/fakes/sources/fake-feeds';
import { expectAround, expectProviderError, trendRequest } from '../_shared/test-support';
import { createRssSource, type RssSourceOptions } from './rss.source';

let fake: FakeFeeds;

beforeEach(async () => {
  fake = await new FakeFeeds().start();
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const source = (overrides: RssSourceOptions = {}) => createRssSource({ allowPrivateAddresses: true, timeoutMs: 2_000, ...overrides });
const route = 'GET /feeds/{name}';

describe('RSS / Atom trend source', () => {
  it('maps an RSS 2.0 feed: CDATA, HTML descriptions, guid, relative links and images', async () => {
    const items = await source().fetch(trendRequest({ feeds: [fake.url('rss2')] }));
    expect(items).toHaveLength(3);
    expect(items[0]).toEqual({
      source: 'rss',
      externalId: 'https://fintechweekly.example/?p=48213',
      title: 'Open banking APIs hit 10 billion calls a month',
      summary: 'Traffic on UK open banking APIs passed 10 billion calls in October — up 38% on last year. The post Open banking APIs hit 10 billion calls a month appeared first on Fintech Weekly.',
      url: 'https://fintechweekly.example/2026/11/open-banking-10-billion/',
      publishedAt: new Date('2026-11-02T07:45:00Z'),
      engagement: { score: null, comments: 14, traffic: null },
      imageUrl: 'https://fintechweekly.example/wp-content/uploads/2026/11/open-banking.jpg',
      channel: 'Fintech Weekly & Friends',
    });
    expect(items[1]).toMatchObject({
      title: 'Card fraud losses fall for the first time since 2019 – here’s why',
      summary: 'Chip & PIN, 3-D Secure and AI scoring all played a part.',
      url: `${fake.baseUrl}/2026/11/card-fraud-losses-fall/`,
      imageUrl: 'https://fintechweekly.example/wp-content/uploads/2026/11/card-fraud.png',
    });
    // An audio enclosure is no image; the thumbnail is.
    expect(items[2]).toMatchObject({ externalId: 'https://fintechweekly.example/podcast/embedded-finance/', imageUrl: 'https://fintechweekly.example/wp-content/uploads/2026/10/podcast-112.jpg' });
  });

  it('maps an Atom feed: alternate links, published/updated, HTML summaries and enclosures', async () => {
    const items = await source().fetch(trendRequest({ feeds: [fake.url('atom')] }));
    expect(items).toEqual([
      {
        source: 'rss',
        externalId: 'tag:blog.ledgerly.example,2026:post-311',
        title: 'Introducing instant payouts',
        summary: 'Payouts now land in seconds, not days.',
        url: 'https://blog.ledgerly.example/posts/instant-payouts',
        publishedAt: new Date('2026-11-02T08:00:00Z'),
        engagement: { score: null, comments: null, traffic: null },
        imageUrl: 'https://blog.ledgerly.example/images/instant-payouts.webp',
        channel: 'Ledgerly Product Blog',
      },
      {
        source: 'rss',
        externalId: 'tag:blog.ledgerly.example,2026:post-305',
        title: 'What we learned from 1,000 customer interviews',
        summary: 'Five themes Speed, trust & clarity came up most.',
        url: 'https://blog.ledgerly.example/posts/customer-interviews',
        publishedAt: new Date('2026-10-28T11:30:00Z'),
        engagement: { score: null, comments: null, traffic: null },
        imageUrl: 'https://blog.ledgerly.example/images/interviews.jpg',
        channel: 'Ledgerly Product Blog',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) too, and keeps to limitPerList newest first', async () => {
    const rdf = await source().fetch(trendRequest({ feeds: [fake.url('rdf')] }));
    expect(rdf).toMatchObject([{ title: 'Researchers build a 1,000-qubit error-corrected chip', channel: 'Slash News', publishedAt: new Date('2026-11-02T06:00:00Z') }]);
    const limited = await source().fetch(trendRequest({ feeds: [fake.url('rss2')], limitPerList: 1 }));
    expect(limited.map((item) => item.title)).toEqual(['Open banking APIs hit 10 billion calls a month']);
  });

  it('skips a broken feed among good ones and reports it', async () => {
    fake.injectWhen(route, (request) => request.params.name === 'atom', { kind: 'malformed' });
    const failures: Array<[string, ProviderError]> = [];
    const feeds = [fake.url('rss2'), fake.url('atom'), fake.url('missing'), fake.url('not-a-feed')];
    const items = await source({ onListFailure: (feed, error) => failures.push([feed, error]) }).fetch(trendRequest({ feeds }));
    expect(items).toHaveLength(3);
    expect(failures.map(([feed, error]) => [feed, error.kind])).toEqual([
      [fake.url('atom'), 'retry'],
      [fake.url('missing'), 'rejected'],
      [fake.url('not-a-feed'), 'rejected'],
    ]);
    expect(failures[0]?.[1].message).toMatch(/malformed XML/);
  });

  it('throws the first failure when every feed fails', async () => {
    fake.inject(route, { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    const error = await expectProviderError(source().fetch(trendRequest({ feeds: [fake.url('rss2'), fake.url('atom')] })), 'retry');
    expect(error.status).toBe(503);
  });

  it('turns a 429 into rate_limited with retryAt from Retry-After', async () => {
    fake.inject(route, { kind: 'status', status: 429 });
    const started = Date.now();
    const error = await expectProviderError(source().fetch(trendRequest({ feeds: [fake.url('rss2')] })), 'rate_limited');
    expectAround(error.retryAt, started + 120_000);
  });

  it('turns a truncated feed into retry, and a hanging one into retry after the timeout', async () => {
    fake.inject(route, { kind: 'malformed' }, { kind: 'hang' });
    await expectProviderError(source().fetch(trendRequest({ feeds: [fake.url('rss2')] })), 'retry');
    const started = Date.now();
    await expectProviderError(source({ timeoutMs: 300 }).fetch(trendRequest({ feeds: [fake.url('rss2')] })), 'retry');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('follows a redirect to the feed', async () => {
    const items = await source().fetch(trendRequest({ feeds: [`${fake.baseUrl}/moved/atom`] }));
    expect(items).toHaveLength(2);
  });

  it('refuses a feed larger than the size limit', async () => {
    fake.addFeed('huge', `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>${'<item><title>x</title></item>'.repeat(5_000)}</channel></rss>`);
    const error = await expectProviderError(source({ maxBytes: 10_000 }).fetch(trendRequest({ feeds: [fake.url('huge')] })), 'rejected');
    expect(error.message).toContain('10000-byte limit');
  });

  it('costs one request per distinct feed', () => {
    expect(source().requestCost(trendRequest({ feeds: ['https://a.example/feed', 'https://a.example/feed ', 'https://b.example/rss'] }))).toBe(2);
  });
});

describe('RSS feed address guard', () => {
  it('refuses a loopback feed by default, naming the feed, without fetching it', async () => {
    const feed = `http://127.0.0.1:${new URL(fake.baseUrl).port}/feeds/rss2`;
    const error = await expectProviderError(createRssSource({ timeoutMs: 2_000 }).fetch(trendRequest({ feeds: [feed] })), 'rejected');
    expect(error.message).toContain(feed);
    expect(error.message).toMatch(/private or local address/);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a host that resolves to any private address, and non-http schemes', async () => {
    const resolve = async (hostname: string) => (hostname === 'intranet.example' ? ['93.184.216.34', '10.0.0.7'] : hostname === 'metadata.example' ? ['169.254.169.254'] : ['fd00::1']);
    const rss = createRssSource({ resolve, timeoutMs: 2_000 });
    for (const feed of ['http://intranet.example/feed', 'https://metadata.example/latest', 'http://v6.example/rss', 'http://[::1]/feed', 'file:///etc/passwd', 'ftp://feeds.example/rss']) {
      const error = await expectProviderError(rss.fetch(trendRequest({ feeds: [feed] })), 'rejected');
      expect(error.message).toContain(feed);
    }
  });

  it('checks every redirect hop: a public feed cannot bounce to a private address', async () => {
    const publicFeed = 'https://public.example/feed';
    const fetchStub: typeof fetch = async (input) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url === publicFeed) return new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
      throw new Error(`the guard let ${url} through`);
    };
    const rss = createRssSource({ fetch: fetchStub, resolve: async () => ['93.184.216.34'], timeoutMs: 2_000 });
    const error = await expectProviderError(rss.fetch(trendRequest({ feeds: [publicFeed] })), 'rejected');
    expect(error.message).toContain('169.254.169.254');
  });
});
