import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountContext } from '@socialseed/core/ports/social-provider';
import type { FakeX } from '@socialseed/testkit/fakes/x/fake-x';
import { startConnectedFakeX } from '@socialseed/testkit/fakes/x/x-fixtures';
import { createXProvider } from './x.provider';

let fake: FakeX;
let account: AccountContext;
let provider: ReturnType<typeof createXProvider>;

beforeEach(async () => {
  const started = await startConnectedFakeX();
  ({ fake, account } = started);
  provider = createXProvider({ client: started.client });
});

afterEach(async () => {
  // Every request must be valid per the official X OpenAPI document.
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe('X profiles and metric batches', () => {
  it("reads the connected account's public metrics from /2/users/me", async () => {
    const me = fake.state.users.get(account.platformAccountId);
    if (me) Object.assign(me, { followers: 1200, following: 80 });
    await provider.publish(account, { text: 'one', media: [], replyToPlatformPostId: null, idempotencyKey: 'one' });
    expect(await provider.fetchProfile(account)).toEqual({ followers: 1200, following: 80, postsCount: 1 });
    expect(fake.requestsTo('GET /2/users/me')[0]?.query.get('user.fields')).toBe('public_metrics');
  });

  it('reads a competitor by username, with or without @; an unknown or invalid one is rejected', async () => {
    fake.addUser({ username: 'rival_co', followers: 5400, following: 12 });
    expect(await provider.fetchProfile(account, '@rival_co')).toEqual({ followers: 5400, following: 12, postsCount: 0 });
    await expect(provider.fetchProfile(account, 'nobody_here')).rejects.toMatchObject({ kind: 'rejected' });
    await expect(provider.fetchProfile(account, 'not a name!')).rejects.toMatchObject({ kind: 'rejected' });
    expect(fake.requestsTo('GET /2/users/by/username/{username}')).toHaveLength(2);
  });

  it('looks up metrics 100 ids per request', async () => {
    const ids = Array.from({ length: 230 }, (_, index) => (1_870_000_000_000_100_000n + BigInt(index)).toString());
    expect(await provider.fetchMetrics(account, ids)).toEqual([]);
    const lookups = fake.requestsTo('GET /2/tweets');
    expect(lookups.map((request) => (request.query.get('ids') ?? '').split(',').length)).toEqual([100, 100, 30]);
  });

  it('leaves impressions and bookmarks unknown when X does not report them', async () => {
    const published = await provider.publish(account, { text: 'no views', media: [], replyToPlatformPostId: null, idempotencyKey: 'nv' });
    const stored = fake.state.tweets.get(published.platformPostId);
    // As for posts X does not count views of: the optional counts are simply absent.
    if (stored) stored.metrics = { retweet_count: 1, reply_count: 0, like_count: 3, quote_count: 0 } as typeof stored.metrics;
    const [metrics] = await provider.fetchMetrics(account, [published.platformPostId]);
    expect(metrics).toMatchObject({ impressions: null, saves: null, clicks: null, likes: 3, comments: 0, shares: 1 });
  });
});
