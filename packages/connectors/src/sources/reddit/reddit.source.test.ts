import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeReddit } from '@socialseed/testkit/fakes/sources/fake-reddit';
import type { ProviderError } from '@socialseed/core/ports/social-provider';
import { expectAround, expectProviderError, trendRequest } from '../_shared/test-support';
import { createRedditSource, type RedditSourceOptions } from './reddit.source';

let fake: FakeReddit;

beforeEach(async () => {
  fake = await new FakeReddit().start();
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

function source(overrides: Partial<RedditSourceOptions> = {}) {
  return createRedditSource({
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    userAgent: 'server:socialseed-tests:v1 (by /u/socialseed)',
    authBaseUrl: fake.baseUrl,
    apiBaseUrl: fake.baseUrl,
    timeoutMs: 2_000,
    ...overrides,
  });
}

const request = trendRequest({ subreddits: ['technology', 'r/fintech'], limitPerList: 10 });

describe('Reddit trend source', () => {
  it('maps the top posts of each subreddit, dropping NSFW ones', async () => {
    const items = await source().fetch(request);
    expect(items.map((item) => item.externalId)).toEqual(['1gk3xq2', '1gk5ab9', '1gk8c0d', '1gj9q0w', '1gja7u1']);
    expect(items[0]).toEqual({
      source: 'reddit',
      externalId: '1gk3xq2',
      title: 'EU fines Apple €1.8bn over music streaming rules',
      summary: '',
      url: 'https://www.bbc.co.uk/news/articles/c9x1example',
      publishedAt: new Date('2026-11-02T05:00:00Z'),
      engagement: { score: 24_812, comments: 2_114, traffic: null },
      imageUrl: 'https://external-preview.redd.it/x7Qz.jpg?auto=webp&s=4a1b2c',
      channel: 'r/technology',
    });
    const selfPost = items.find((item) => item.externalId === '1gk5ab9');
    expect(selfPost).toMatchObject({
      url: 'https://www.reddit.com/r/technology/comments/1gk5ab9/ask_how_is_your_team_actually_using_ai_code/',
      summary: 'We trialled three tools this quarter. Curious what stuck for others.',
      imageUrl: null,
    });
    expect(items.find((item) => item.externalId === '1gj9q0w')?.imageUrl).toBe('https://b.thumbs.redditmedia.com/QwErTy987.jpg');
  });

  it('asks for a token once with Basic auth and reuses it, sending the User-Agent and limit', async () => {
    const reddit = source();
    await reddit.fetch(request);
    await reddit.fetch(request);
    const tokenCalls = fake.requestsTo('POST /api/v1/access_token');
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`${fake.clientId}:${fake.clientSecret}`).toString('base64')}`);
    const listings = fake.requestsTo('GET /r/{sub}/top');
    expect(listings.map((entry) => entry.path)).toEqual(['/r/technology/top', '/r/fintech/top', '/r/technology/top', '/r/fintech/top']);
    expect(listings[0]?.query.get('t')).toBe('day');
    expect(listings[0]?.query.get('limit')).toBe('10');
    expect(listings[0]?.headers['user-agent']).toBe('server:socialseed-tests:v1 (by /u/socialseed)');
    expect(listings[0]?.headers.authorization).toMatch(/^Bearer \S+$/);
  });

  it('asks for a new token once the cached one is about to expire', async () => {
    await fake.close();
    fake = await new FakeReddit({ tokenTtlSeconds: 30 }).start();
    const reddit = source();
    await reddit.fetch(trendRequest({ subreddits: ['technology'] }));
    await reddit.fetch(trendRequest({ subreddits: ['technology'] }));
    expect(fake.requestsTo('POST /api/v1/access_token')).toHaveLength(2);
  });

  it('gets a fresh token when Reddit refuses the cached one', async () => {
    const reddit = source();
    await reddit.fetch(trendRequest({ subreddits: ['technology'] }));
    fake.tokens.clear();
    const items = await reddit.fetch(trendRequest({ subreddits: ['technology'] }));
    expect(items).toHaveLength(3);
    expect(fake.requestsTo('POST /api/v1/access_token')).toHaveLength(2);
  });

  it('caps limit at 100 and costs one token call plus one per subreddit', async () => {
    const reddit = source();
    expect(reddit.requestCost(request)).toBe(3);
    expect(reddit.requestCost(trendRequest())).toBe(0);
    await reddit.fetch(trendRequest({ subreddits: ['technology'], limitPerList: 500 }));
    expect(fake.requestsTo('GET /r/{sub}/top')[0]?.query.get('limit')).toBe('100');
  });

  it('skips a missing subreddit but fails when every subreddit fails', async () => {
    const failures: string[] = [];
    const items = await source({ onListFailure: (list) => failures.push(list) }).fetch(trendRequest({ subreddits: ['technology', 'doesnotexist', 'not a name!'] }));
    expect(items).toHaveLength(3);
    expect(failures).toEqual(['doesnotexist', 'not a name!']);
    const error = await expectProviderError(source().fetch(trendRequest({ subreddits: ['doesnotexist'] })), 'rejected');
    expect(error.message).toContain('r/doesnotexist');
  });

  it('turns a 429 into rate_limited with retryAt from X-Ratelimit-Reset (seconds)', async () => {
    fake.inject('GET /r/{sub}/top', { kind: 'status', status: 429 });
    const started = Date.now();
    const error = await expectProviderError(source().fetch(trendRequest({ subreddits: ['technology'] })), 'rate_limited');
    expectAround(error.retryAt, started + 412_000);
  });

  it('turns a 5xx into retry', async () => {
    fake.inject('GET /r/{sub}/top', { kind: 'status', status: 503 });
    const error = await expectProviderError(source().fetch(trendRequest({ subreddits: ['technology'] })), 'retry');
    expect(error.status).toBe(503);
  });

  it('turns a truncated listing into retry, not a crash', async () => {
    fake.inject('GET /r/{sub}/top', { kind: 'malformed' });
    const error = await expectProviderError(source().fetch(trendRequest({ subreddits: ['technology'] })), 'retry');
    expect(error.message).toMatch(/malformed/);
  });

  it('turns a hanging answer into retry after the timeout', async () => {
    fake.inject('GET /r/{sub}/top', { kind: 'hang' });
    const started = Date.now();
    await expectProviderError(source({ timeoutMs: 300 }).fetch(trendRequest({ subreddits: ['technology'] })), 'retry');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('asks for reconnect when Reddit refuses the client secret', async () => {
    const error: ProviderError = await expectProviderError(source({ clientSecret: 'wrong' }).fetch(request), 'reconnect');
    expect(error.status).toBe(401);
    expect(fake.requestsTo('GET /r/{sub}/top')).toHaveLength(0);
  });

  it('turns a 5xx from the token endpoint into retry', async () => {
    fake.inject('POST /api/v1/access_token', { kind: 'status', status: 500 });
    await expectProviderError(source().fetch(request), 'retry');
  });
});
