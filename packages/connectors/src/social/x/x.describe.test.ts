import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountContext } from '@socialseed/core/ports/social-provider';
import type { FakeX } from '@socialseed/testkit/fakes/x/fake-x';
import { startConnectedFakeX } from '@socialseed/testkit/fakes/x/x-fixtures';
import { createXConnector } from './x.connector';
import { createXProvider } from './x.provider';

let fake: FakeX;
let account: AccountContext;
let client: { clientId: string; clientSecret: string | null };
const connector = createXConnector();

beforeEach(async () => {
  const started = await startConnectedFakeX();
  fake = started.fake;
  account = started.account;
  client = started.client;
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

function describeAccount(context: AccountContext) {
  if (!connector.describeAccount) throw new Error('the X connector implements describeAccount');
  return connector.describeAccount(context);
}

describe('X describeAccount (GET /2/users/me)', () => {
  it('re-reads the handle and name with the stored token; X has no per-account limits', async () => {
    const user = fake.state.users.get(account.platformAccountId);
    if (!user) throw new Error('no user');
    user.username = 'socialseed_renamed';
    expect(await describeAccount(account)).toEqual({ handle: 'socialseed_renamed', displayName: 'Socialseed Brand', instanceLimits: null });
  });

  it('calls an expired token `refresh`; the provider’s refreshed token then works', async () => {
    fake.inject('GET /2/users/me', { kind: 'expired-token' });
    await expect(describeAccount(account)).rejects.toMatchObject({ kind: 'refresh', status: 401 });
    const credentials = await createXProvider({ client }).refreshCredentials(account);
    expect(await describeAccount({ ...account, credentials })).toMatchObject({ handle: 'socialseed_brand' });
  });

  it('calls an expired token without a refresh token `reconnect`', async () => {
    fake.inject('GET /2/users/me', { kind: 'expired-token' });
    await expect(describeAccount({ ...account, credentials: { ...account.credentials, refreshToken: null } })).rejects.toMatchObject({ kind: 'reconnect', status: 401 });
  });

  it('fails a server error as retry', async () => {
    fake.inject('GET /2/users/me', { kind: 'status', status: 503 });
    await expect(describeAccount(account)).rejects.toMatchObject({ kind: 'retry', status: 503 });
  });
});
