import { afterEach, describe, expect, it } from 'vitest';
import { trendSourceIds } from '@socialseed/core/trends/trend-item';
import { FakeFeeds } from '@socialseed/testkit/fakes/sources/fake-feeds';
import { FakeHackerNews } from '@socialseed/testkit/fakes/sources/fake-hackernews';
import { expectProviderError, trendRequest } from './_shared/test-support';
import { createTrendSources, defaultTrendSourceUrls, type TrendSourcesOptions } from './create-trend-sources';

const nothing: TrendSourcesOptions = { reddit: null, newsapi: null, hackernews: null, googleTrends: null, rss: false, x: null, sandbox: false };
const everything: TrendSourcesOptions = {
  reddit: { clientId: 'id', clientSecret: 'secret', userAgent: 'server:test:v1', authBaseUrl: defaultTrendSourceUrls.redditAuth, apiBaseUrl: defaultTrendSourceUrls.redditApi },
  newsapi: { apiKey: 'key', baseUrl: defaultTrendSourceUrls.newsapi },
  hackernews: { baseUrl: defaultTrendSourceUrls.hackernews },
  googleTrends: { url: defaultTrendSourceUrls.googleTrends },
  rss: true,
  x: { bearerToken: 'bearer', baseUrl: defaultTrendSourceUrls.x },
  sandbox: true,
};

const fakes: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

describe('createTrendSources', () => {
  it('builds every configured source once, in a stable order, and leaves out the rest', () => {
    expect(createTrendSources(everything).map((source) => source.id)).toEqual(['reddit', 'newsapi', 'hackernews', 'google_trends', 'rss', 'x', 'sandbox']);
    expect(new Set(createTrendSources(everything).map((source) => source.id))).toEqual(new Set(trendSourceIds));
    expect(createTrendSources(nothing)).toEqual([]);
    expect(createTrendSources({ ...nothing, hackernews: { baseUrl: 'http://127.0.0.1:1' }, sandbox: true }).map((source) => source.id)).toEqual(['hackernews', 'sandbox']);
  });

  it('gives every source a positive budget that fits its documented limits', () => {
    const byId = new Map(createTrendSources(everything).map((source) => [source.id, source.rateLimit]));
    expect(byId.get('reddit')).toEqual({ capacity: 100, refillPerSecond: 100 / 60 });
    expect(byId.get('newsapi')).toEqual({ capacity: 100, refillPerSecond: 100 / 86_400 });
    expect(byId.get('x')).toEqual({ capacity: 300, refillPerSecond: 300 / 900 });
    for (const limit of byId.values()) expect(limit.capacity).toBeGreaterThan(0);
  });

  it('passes the timeout and private-address setting through', async () => {
    const feeds = await new FakeFeeds().start();
    const hackerNews = await new FakeHackerNews().start();
    fakes.push(feeds, hackerNews);
    hackerNews.inject('GET /v0/topstories.json', { kind: 'hang' });
    const [hn, rss] = createTrendSources({ ...nothing, hackernews: { baseUrl: hackerNews.baseUrl }, rss: true, timeoutMs: 300, allowPrivateAddresses: true });
    await expectProviderError(hn?.fetch(trendRequest()) ?? Promise.resolve(), 'retry');
    expect(await rss?.fetch(trendRequest({ feeds: [feeds.url('atom')] }))).toHaveLength(2);
    const [guarded] = createTrendSources({ ...nothing, rss: true });
    await expectProviderError(guarded?.fetch(trendRequest({ feeds: [feeds.url('atom')] })) ?? Promise.resolve(), 'rejected');
  });
});
