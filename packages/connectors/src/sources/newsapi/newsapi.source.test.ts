import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeNewsApi, newsApiError } from '@socialseed/testkit/fakes/sources/fake-newsapi';
import { expectAround, expectProviderError, trendRequest } from '../_shared/test-support';
import { createNewsApiSource, type NewsApiSourceOptions } from './newsapi.source';

let fake: FakeNewsApi;

beforeEach(async () => {
  fake = await new FakeNewsApi().start();
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

function source(overrides: Partial<NewsApiSourceOptions> = {}) {
  return createNewsApiSource({ apiKey: fake.apiKey, baseUrl: fake.baseUrl, timeoutMs: 2_000, ...overrides });
}

const request = trendRequest({ geo: 'US', queries: ['open banking'], limitPerList: 20 });

describe('NewsAPI trend source', () => {
  it('maps top headlines and one search per query, dropping removed articles', async () => {
    const items = await source().fetch(request);
    expect(items.map((item) => item.channel)).toEqual(['Reuters', 'The Verge', 'BBC News', 'TechCrunch', 'Forbes']);
    expect(items[0]).toEqual({
      source: 'newsapi',
      externalId: 'https://www.reuters.com/markets/us/fed-holds-rates-steady-2026-11-02/',
      title: 'Fed holds rates steady, signals patience on cuts - Reuters',
      summary: 'The Federal Reserve held interest rates steady on Wednesday and said it would wait for more evidence that inflation is cooling.',
      url: 'https://www.reuters.com/markets/us/fed-holds-rates-steady-2026-11-02/',
      publishedAt: new Date('2026-11-02T08:41:00Z'),
      engagement: { score: null, comments: null, traffic: null },
      imageUrl: 'https://www.reuters.com/resizer/v2/fed-rates.jpg?auth=abc123&width=1200',
      channel: 'Reuters',
    });
    expect(items[1]?.summary).toBe('Adobe is rolling out batch edits in Lightroom that apply an AI-generated look to hundreds of photos & videos.');
    expect(items[3]?.title).toBe('Why open banking startups are raising again');
    expect(items[4]?.summary).toBe('');
  });

  it('sends the key in X-Api-Key, the country lower-case and the query with a bounded page size', async () => {
    await source().fetch(trendRequest({ geo: 'US', queries: ['open banking', 'stablecoins'], limitPerList: 500 }));
    const headlines = fake.requestsTo('GET /v2/top-headlines');
    expect(headlines).toHaveLength(1);
    expect(headlines[0]?.headers['x-api-key']).toBe(fake.apiKey);
    expect(headlines[0]?.query.get('country')).toBe('us');
    expect(headlines[0]?.query.get('pageSize')).toBe('100');
    expect(fake.requestsTo('GET /v2/everything').map((entry) => entry.query.get('q')).sort()).toEqual(['open banking', 'stablecoins']);
    expect(source().requestCost(trendRequest({ geo: 'US', queries: ['a', 'b'] }))).toBe(3);
    expect(source().requestCost(trendRequest({ geo: '', queries: [] }))).toBe(0);
  });

  it('asks for reconnect on apiKeyInvalid', async () => {
    const error = await expectProviderError(source({ apiKey: 'wrong' }).fetch(request), 'reconnect');
    expect(error.message).toContain('apiKeyInvalid');
  });

  it('turns rateLimited into rate_limited an hour out when NewsAPI sends no Retry-After', async () => {
    fake.inject('GET /v2/top-headlines', { kind: 'status', status: 429 });
    const started = Date.now();
    const error = await expectProviderError(source().fetch(trendRequest({ geo: 'US' })), 'rate_limited');
    expect(error.message).toContain('rateLimited');
    expectAround(error.retryAt, started + 3_600_000);
  });

  it('honours a Retry-After header on a 429', async () => {
    fake.inject('GET /v2/top-headlines', { kind: 'status', status: 429, headers: { 'retry-after': '120' } });
    const started = Date.now();
    const error = await expectProviderError(source().fetch(trendRequest({ geo: 'US' })), 'rate_limited');
    expectAround(error.retryAt, started + 120_000);
  });

  it('treats apiKeyExhausted (the daily quota) as rate_limited too', async () => {
    fake.inject('GET /v2/top-headlines', { kind: 'status', status: 429, body: newsApiError(429, 'apiKeyExhausted', 'Your API key has no more requests available.').body });
    await expectProviderError(source().fetch(trendRequest({ geo: 'US' })), 'rate_limited');
  });

  it('turns a 5xx into retry', async () => {
    fake.inject('GET /v2/top-headlines', { kind: 'status', status: 500 });
    const error = await expectProviderError(source().fetch(trendRequest({ geo: 'US' })), 'retry');
    expect(error.message).toContain('unexpectedError');
  });

  it('skips a query NewsAPI rejects while the others succeed, and throws when all are rejected', async () => {
    fake.inject('GET /v2/everything', { kind: 'status', status: 400 });
    const failures: string[] = [];
    const items = await source({ onListFailure: (list) => failures.push(list) }).fetch(request);
    expect(items).toHaveLength(3);
    expect(failures).toEqual(['open banking']);
    fake.inject('GET /v2/everything', { kind: 'status', status: 400 });
    await expectProviderError(source().fetch(trendRequest({ geo: '', queries: ['open banking'] })), 'rejected');
  });

  it('turns a truncated body into retry, not a crash', async () => {
    fake.inject('GET /v2/top-headlines', { kind: 'malformed' });
    const error = await expectProviderError(source().fetch(trendRequest({ geo: 'US' })), 'retry');
    expect(error.message).toMatch(/malformed/);
  });

  it('turns a hanging answer into retry after the timeout', async () => {
    fake.inject('GET /v2/top-headlines', { kind: 'hang' });
    await expectProviderError(source({ timeoutMs: 300 }).fetch(trendRequest({ geo: 'US' })), 'retry');
  });
});
