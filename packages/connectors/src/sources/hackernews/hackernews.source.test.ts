import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeHackerNews } from '@socialseed/testkit/fakes/sources/fake-hackernews';
import { expectAround, expectProviderError, trendRequest } from '../_shared/test-support';
import { createHackerNewsSource } from './hackernews.source';

let fake: FakeHackerNews;

beforeEach(async () => {
  fake = await new FakeHackerNews().start();
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const source = (timeoutMs = 2_000) => createHackerNewsSource({ baseUrl: fake.baseUrl, timeoutMs });
const itemRoute = 'GET /v0/item/{id}.json';

describe('Hacker News trend source', () => {
  it('maps the top stories, skipping deleted, dead, non-story and missing items', async () => {
    const items = await source().fetch(trendRequest({ limitPerList: 30 }));
    expect(items.map((item) => item.externalId)).toEqual(['42001001', '42001002', '42001006']);
    expect(items[0]).toEqual({
      source: 'hackernews',
      externalId: '42001001',
      title: 'Postgres 19 released',
      summary: '',
      url: 'https://www.postgresql.org/about/news/postgresql-19-released-3001/',
      publishedAt: new Date(1793606400 * 1000),
      engagement: { score: 1034, comments: 412, traffic: null },
      imageUrl: null,
      channel: 'Hacker News',
    });
    expect(items[1]).toMatchObject({
      url: 'https://news.ycombinator.com/item?id=42001002',
      summary: "We bootstrapped to $1M ARR in 18 months. Here is what we'd do differently & what we'd keep: notes",
    });
  });

  it('reads only the first limitPerList ids and costs one request per item plus the list', async () => {
    await source().fetch(trendRequest({ limitPerList: 2 }));
    expect(fake.requestsTo(itemRoute).map((entry) => entry.path).sort()).toEqual(['/v0/item/42001001.json', '/v0/item/42001002.json']);
    expect(source().requestCost(trendRequest({ limitPerList: 2 }))).toBe(3);
  });

  it('skips one item that fails to load', async () => {
    fake.injectWhen(itemRoute, (request) => request.params.id === '42001001', { kind: 'status', status: 503 });
    fake.injectWhen(itemRoute, (request) => request.params.id === '42001006', { kind: 'malformed' });
    const items = await source().fetch(trendRequest({ limitPerList: 30 }));
    expect(items.map((item) => item.externalId)).toEqual(['42001002']);
  });

  it('fails with the first error when every item fails', async () => {
    fake.inject(itemRoute, { kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    await expectProviderError(source().fetch(trendRequest({ limitPerList: 2 })), 'retry');
  });

  it('turns a 429 on the list into rate_limited with retryAt from Retry-After', async () => {
    fake.inject('GET /v0/topstories.json', { kind: 'status', status: 429 });
    const started = Date.now();
    const error = await expectProviderError(source().fetch(trendRequest()), 'rate_limited');
    expectAround(error.retryAt, started + 30_000);
  });

  it('turns a 5xx on the list into retry', async () => {
    fake.inject('GET /v0/topstories.json', { kind: 'status', status: 502 });
    await expectProviderError(source().fetch(trendRequest()), 'retry');
  });

  it('turns a truncated list into retry, not a crash', async () => {
    fake.inject('GET /v0/topstories.json', { kind: 'malformed' });
    const error = await expectProviderError(source().fetch(trendRequest()), 'retry');
    expect(error.message).toMatch(/malformed/);
  });

  it('turns a hanging list into retry after the timeout', async () => {
    fake.inject('GET /v0/topstories.json', { kind: 'hang' });
    await expectProviderError(source(300).fetch(trendRequest()), 'retry');
  });

  it('returns nothing when the list is empty', async () => {
    fake.topStories.length = 0;
    expect(await source().fetch(trendRequest())).toEqual([]);
  });
});
