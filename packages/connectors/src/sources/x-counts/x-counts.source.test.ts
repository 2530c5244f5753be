import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeX } from '@socialseed/testkit/fakes/x/fake-x';
import { expectAround, expectProviderError, trendRequest } from '../_shared/test-support';
import { createXCountsSource } from './x-counts.source';

let fake: FakeX;
let clock: Date;
const appToken = 'AAAAAAAAAAAAAAAAAAAAAFakeAppOnlyBearer%3Dtoken';
const route = 'GET /2/tweets/counts/recent';

beforeEach(async () => {
  clock = new Date('2026-11-02T10:00:00Z');
  fake = await new FakeX({ now: () => clock, appBearerToken: appToken }).start();
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const source = (bearerToken = appToken, timeoutMs = 2_000) => createXCountsSource({ bearerToken, baseUrl: fake.baseUrl, timeoutMs });

describe('X recent-counts trend source', () => {
  it('turns each brand query into one item: the week as traffic, the last day as score', async () => {
    // 168 hourly buckets: 10 an hour for six days, then 50 an hour for the last day.
    fake.setRecentCounts('"open banking" lang:en', [...new Array<number>(144).fill(10), ...new Array<number>(24).fill(50)]);
    const author = fake.addUser({ username: 'someone' });
    clock = new Date('2026-11-02T08:00:00Z');
    fake.addPostBy(author.id, 'Ledgerly launches instant payouts');
    clock = new Date('2026-11-02T10:00:00Z');
    const items = await source().fetch(trendRequest({ queries: ['"open banking" lang:en', 'ledgerly'], now: clock }));
    expect(items).toEqual([
      {
        source: 'x',
        externalId: 'query:"open banking" lang:en',
        title: '"open banking" lang:en',
        summary: '1,200 posts on X in the last 24 hours, 2,640 in the last 7 days.',
        url: null,
        publishedAt: new Date('2026-11-02T09:59:30Z'),
        engagement: { score: 1200, comments: null, traffic: 2640 },
        imageUrl: null,
        channel: 'X',
      },
      expect.objectContaining({ externalId: 'query:ledgerly', engagement: { score: 1, comments: null, traffic: 1 } }),
    ]);
    const sent = fake.requestsTo(route);
    expect(sent.map((entry) => entry.query.get('query'))).toEqual(['"open banking" lang:en', 'ledgerly']);
    expect(sent[0]?.query.get('granularity')).toBe('hour');
    expect(sent[0]?.headers.authorization).toBe(`Bearer ${appToken}`);
  });

  it('costs one request per distinct query', () => {
    expect(source().requestCost(trendRequest({ queries: ['a', 'a', ' b '] }))).toBe(2);
    expect(source().requestCost(trendRequest())).toBe(0);
  });

  it('asks for reconnect when X refuses the bearer token', async () => {
    const error = await expectProviderError(source('not-a-token').fetch(trendRequest({ queries: ['ledgerly'] })), 'reconnect');
    expect(error.status).toBe(401);
  });

  it('asks for reconnect when given a user token (X wants app-only here)', async () => {
    fake.registerClient({ clientId: 'c', redirectUri: 'http://127.0.0.1/cb' });
    const user = fake.addUser({ username: 'brand' });
    const userToken = fake.issueTokens(user.id, 'c').accessToken;
    const error = await expectProviderError(source(userToken).fetch(trendRequest({ queries: ['ledgerly'] })), 'reconnect');
    expect(error.message).toContain('Unsupported Authentication');
  });

  it('turns a 429 into rate_limited with retryAt from x-rate-limit-reset', async () => {
    fake.inject(route, { kind: 'status', status: 429 });
    const error = await expectProviderError(source().fetch(trendRequest({ queries: ['ledgerly'] })), 'rate_limited');
    // The fake's 15-minute window started at 10:00 on its clock.
    expectAround(error.retryAt, Date.parse('2026-11-02T10:15:00Z'), 0);
  });

  it('turns a 5xx into retry', async () => {
    fake.inject(route, { kind: 'status', status: 503 });
    await expectProviderError(source().fetch(trendRequest({ queries: ['ledgerly'] })), 'retry');
  });

  it('turns a hanging answer into retry after the timeout', async () => {
    fake.inject(route, { kind: 'timeout-before-commit', destroyAfterMs: 5_000 });
    await expectProviderError(source(appToken, 300).fetch(trendRequest({ queries: ['ledgerly'] })), 'retry');
  });

  it('skips a query X rejects while the others are counted', async () => {
    fake.inject(route, { kind: 'status', status: 400 });
    const failures: string[] = [];
    const items = await createXCountsSource({ bearerToken: appToken, baseUrl: fake.baseUrl, onListFailure: (query) => failures.push(query) }).fetch(trendRequest({ queries: ['bad:operator', 'ledgerly'] }));
    expect(failures).toHaveLength(1);
    expect(items).toHaveLength(1);
  });
});
