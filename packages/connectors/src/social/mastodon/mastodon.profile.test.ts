import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountContext } from '@socialseed/core/ports/social-provider';
import type { FakeMastodon } from '@socialseed/testkit/fakes/mastodon/fake-mastodon';
import { startConnectedFakeMastodon } from '@socialseed/testkit/fakes/mastodon/mastodon-fixtures';
import { createMastodonProvider } from './mastodon.provider';

let fake: FakeMastodon;
let account: AccountContext;
const provider = createMastodonProvider();

beforeEach(async () => {
  ({ fake, account } = await startConnectedFakeMastodon());
});

afterEach(async () => {
  // Every request must be valid per the Mastodon OpenAPI document.
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe('Mastodon profiles and metrics', () => {
  it("reads the account's counts from verify_credentials", async () => {
    const me = fake.state.accounts.get(account.platformAccountId);
    if (me) Object.assign(me, { followers: 640, following: 33 });
    await provider.publish(account, { text: 'toot', media: [], replyToPlatformPostId: null, idempotencyKey: 'toot' });
    expect(await provider.fetchProfile(account)).toEqual({ followers: 640, following: 33, postsCount: 1 });
  });

  it('looks a competitor up by acct; an unknown or malformed one is rejected', async () => {
    fake.addAccount({ username: 'rival', followers: 2500, following: 7 });
    expect(await provider.fetchProfile(account, '@rival')).toEqual({ followers: 2500, following: 7, postsCount: 0 });
    expect(await provider.fetchProfile(account, 'rival@mastodon.example')).toMatchObject({ followers: 2500 });
    await expect(provider.fetchProfile(account, 'nobody')).rejects.toMatchObject({ kind: 'rejected' });
    await expect(provider.fetchProfile(account, 'no spaces allowed')).rejects.toMatchObject({ kind: 'rejected' });
    expect(fake.requestsTo('GET /api/v1/accounts/lookup')).toHaveLength(3);
  });

  it('reports no impressions, saves or clicks (null, never 0)', async () => {
    const published = await provider.publish(account, { text: 'count me', media: [], replyToPlatformPostId: null, idempotencyKey: 'cm' });
    const [metrics] = await provider.fetchMetrics(account, [published.platformPostId]);
    expect(metrics).toMatchObject({ impressions: null, saves: null, clicks: null, likes: 0, comments: 0, shares: 0 });
  });
});
