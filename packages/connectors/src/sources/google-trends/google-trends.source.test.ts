import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGoogleTrends } from '@socialseed/testkit/fakes/sources/fake-google-trends';
import { expectAround, expectProviderError, trendRequest } from '../_shared/test-support';
import { parseApproxTraffic } from './google-trends.map';
import { createGoogleTrendsSource } from './google-trends.source';

let fake: FakeGoogleTrends;

beforeEach(async () => {
  fake = await new FakeGoogleTrends().start();
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const source = (timeoutMs = 2_000) => createGoogleTrendsSource({ url: fake.feedUrl, timeoutMs });
const route = 'GET /trending/rss';

describe('Google Trends trend source', () => {
  it('maps the daily trends feed: traffic, picture, first news story as link and summary', async () => {
    const items = await source().fetch(trendRequest({ geo: 'us', limitPerList: 10 }));
    expect(fake.requestsTo(route)[0]?.query.get('geo')).toBe('US');
    expect(items).toHaveLength(3);
    expect(items[0]).toEqual({
      source: 'google_trends',
      externalId: 'US:world series',
      title: 'world series',
      summary: 'Los Angeles rallied in the ninth inning to take the title.',
      url: 'https://www.espn.com/mlb/story/_/id/world-series-game-7',
      publishedAt: new Date('2026-11-02T09:20:00Z'),
      engagement: { score: null, comments: null, traffic: 500_000 },
      imageUrl: 'https://encrypted-tbn2.gstatic.com/images?q=tbn:ANd9GcWorldSeries',
      channel: 'US',
    });
    // One news item (not an array in the XML), an empty snippet: the news title is the summary.
    expect(items[1]).toMatchObject({ summary: 'When does daylight saving time end? Clocks fall back & more', url: 'https://www.usatoday.com/story/news/dst-ends', imageUrl: 'https://www.usatoday.com/dst.jpg', engagement: { traffic: 200_000 } });
    expect(items[2]).toMatchObject({ title: 'taylor swift', url: null, summary: '', engagement: { traffic: 50_000 } });
  });

  it('keeps to limitPerList and costs one request per fetch (none without a geo)', async () => {
    expect(await source().fetch(trendRequest({ geo: 'GB', limitPerList: 1 }))).toHaveLength(1);
    expect(await source().fetch(trendRequest({ geo: 'US', limitPerList: 2 }))).toHaveLength(2);
    expect(source().requestCost(trendRequest({ geo: 'US' }))).toBe(1);
    expect(source().requestCost(trendRequest({ geo: '' }))).toBe(0);
    expect(await source().fetch(trendRequest({ geo: '' }))).toEqual([]);
  });

  it('reads approx_traffic in its several spellings', () => {
    expect([parseApproxTraffic('20,000+'), parseApproxTraffic('2000+'), parseApproxTraffic('200K+'), parseApproxTraffic('1M+'), parseApproxTraffic('lots')]).toEqual([20_000, 2000, 200_000, 1_000_000, null]);
  });

  it('turns a 429 into rate_limited with retryAt from Retry-After', async () => {
    fake.inject(route, { kind: 'status', status: 429 });
    const started = Date.now();
    const error = await expectProviderError(source().fetch(trendRequest({ geo: 'US' })), 'rate_limited');
    expectAround(error.retryAt, started + 600_000);
  });

  it('turns a 5xx into retry', async () => {
    fake.inject(route, { kind: 'status', status: 503 });
    await expectProviderError(source().fetch(trendRequest({ geo: 'US' })), 'retry');
  });

  it('turns a truncated feed into retry, not a crash', async () => {
    fake.inject(route, { kind: 'malformed' });
    const error = await expectProviderError(source().fetch(trendRequest({ geo: 'US' })), 'retry');
    expect(error.message).toMatch(/malformed XML/);
  });

  it('turns a hanging answer into retry after the timeout', async () => {
    fake.inject(route, { kind: 'hang' });
    await expectProviderError(source(300).fetch(trendRequest({ geo: 'US' })), 'retry');
  });

  it('rejects a country Google has no feed for', async () => {
    await expectProviderError(source().fetch(trendRequest({ geo: 'ZZ' })), 'rejected');
  });
});
