import { afterEach, describe, expect, it } from 'vitest';
import type { AccountContext } from '@socialseed/core/ports/social-provider';
import { mastodonDefaultLimits } from '@socialseed/core/publishing/rules/mastodon-limits';
import type { FakeMastodon, FakeMastodonOptions } from '@socialseed/testkit/fakes/mastodon/fake-mastodon';
import { startConnectedFakeMastodon } from '@socialseed/testkit/fakes/mastodon/mastodon-fixtures';
import { createMastodonConnector } from './mastodon.connector';

const connector = createMastodonConnector();
let fake: FakeMastodon | null = null;

afterEach(async () => {
  expect(fake?.violations).toEqual([]);
  await fake?.close();
  fake = null;
});

async function connected(options: FakeMastodonOptions = {}): Promise<{ fake: FakeMastodon; account: AccountContext }> {
  const started = await startConnectedFakeMastodon({ domain: 'big.example', ...options });
  fake = started.fake;
  return started;
}

function describeAccount(account: AccountContext) {
  if (!connector.describeAccount) throw new Error('the Mastodon connector implements describeAccount');
  return connector.describeAccount(account);
}

describe('Mastodon instance limits and describeAccount', () => {
  it("stores a server's own limits when connecting (a 5000-character instance)", async () => {
    const { fake, account } = await connected({ limits: { maxCharacters: 5000, maxMediaAttachments: 6, descriptionLimit: 3000 } });
    const identity = await connector.connectWithSecret?.({ baseUrl: fake.baseUrl, identifier: '', secret: account.credentials.accessToken });
    expect(identity?.instanceLimits).toMatchObject({ maxCharacters: 5000, maxMediaAttachments: 6, descriptionLimit: 3000, charactersReservedPerUrl: 23 });
  });

  it('re-reads the profile and the current limits with the stored token', async () => {
    const { fake, account } = await connected({ limits: { maxCharacters: 5000 } });
    const owner = fake.state.accounts.get(account.platformAccountId);
    if (!owner) throw new Error('no owner');
    owner.displayName = 'Seedling Co. (renamed)';
    fake.state.limits.maxCharacters = 11_000;
    const description = await describeAccount(account);
    expect(description).toMatchObject({ handle: 'seedling@big.example', displayName: 'Seedling Co. (renamed)', instanceLimits: { maxCharacters: 11_000 } });
    expect(fake.requestsTo('GET /api/v1/accounts/verify_credentials').at(-1)?.headers.authorization).toBe(`Bearer ${account.credentials.accessToken}`);
  });

  it('fills what a server leaves out of its configuration with upstream defaults', async () => {
    const { account } = await connected({
      limits: { maxCharacters: 1000 },
      omitInstanceFields: ['statuses.characters_reserved_per_url', 'statuses.max_media_attachments', 'media_attachments'],
    });
    const { instanceLimits } = await describeAccount(account);
    expect(instanceLimits).toEqual({ ...mastodonDefaultLimits, maxCharacters: 1000 });
  });

  it('a server announcing no statuses block at all gets every default', async () => {
    const { account } = await connected({ omitInstanceFields: ['statuses', 'media_attachments'] });
    expect((await describeAccount(account)).instanceLimits).toEqual(mastodonDefaultLimits);
  });

  it('keeps the known handle domain and says "limits unknown" when the instance document fails', async () => {
    const { fake, account } = await connected();
    fake.inject('GET /api/v2/instance', { kind: 'status', status: 503 });
    expect(await describeAccount(account)).toEqual({ handle: 'seedling@big.example', displayName: 'Seedling Co.', instanceLimits: null });
  });

  it('fails a revoked token as reconnect (Mastodon tokens never expire, so nothing to refresh)', async () => {
    const { fake, account } = await connected();
    fake.inject('GET /api/v1/accounts/verify_credentials', { kind: 'expired-token' });
    await expect(describeAccount(account)).rejects.toMatchObject({ kind: 'reconnect', status: 401 });
  });

  it('fails a token that now belongs to another account as reconnect', async () => {
    const { fake, account } = await connected();
    const other = fake.addAccount({ username: 'someone-else' });
    await expect(describeAccount({ ...account, credentials: { ...account.credentials, accessToken: fake.issueToken(other.id) } })).rejects.toMatchObject({ kind: 'reconnect' });
  });

  it('fails a server error as retry, so the caller can try again later', async () => {
    const { fake, account } = await connected();
    fake.inject('GET /api/v1/accounts/verify_credentials', { kind: 'status', status: 503 });
    await expect(describeAccount(account)).rejects.toMatchObject({ kind: 'retry', status: 503 });
  });
});
