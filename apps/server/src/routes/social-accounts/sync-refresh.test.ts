import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakePds, type FakePds } from '@socialseed/testkit/fakes/bluesky/fake-pds';
import { FakeX } from '@socialseed/testkit/fakes/x/fake-x';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { createBrand } from '../../testing/fixtures';

const PUBLIC_URL = 'http://socialseed.test';
const PAST_ACCESS_TOKEN_LIFETIME = 2 * 60 * 60 * 1000 + 60_000;
let t: TestApp;
let owner: RegisteredUser;
let fakeX: FakeX;
let pds: FakePds | null = null;

beforeAll(async () => {
  fakeX = await new FakeX().start();
  fakeX.registerClient({ clientId: 'socialseed-app', clientSecret: 'app-secret', redirectUri: `${PUBLIC_URL}/api/v1/social-accounts/oauth/x/callback` });
  fakeX.addUser({ username: 'seedling', name: 'Seedling Co.' });
  t = await createTestApp({ X_CLIENT_ID: 'socialseed-app', X_CLIENT_SECRET: 'app-secret', X_API_BASE_URL: fakeX.baseUrl, PUBLIC_URL });
  owner = await registerUser(t.app, { organizationName: 'Refresh Org' });
});
afterEach(async () => {
  expect(pds?.violations ?? []).toEqual([]);
  await pds?.close();
  pds = null;
});
afterAll(async () => {
  await t?.close();
  expect(fakeX.violations).toEqual([]);
  await fakeX?.close();
});

const sync = (accountId: string) => t.app.inject({ method: 'POST', url: `/api/v1/social-accounts/${accountId}/sync`, headers: authHeaders(owner.accessToken) });
const stored = async (accountId: string) => {
  const account = await t.context.core.uow.socialAccounts.findById(owner.organizationId, accountId);
  if (!account) throw new Error('account gone');
  return { account, credentials: t.context.core.vault.open(account.encryptedCredentials) };
};

/** A fresh PDS with alice, connected through the API with her app password. */
async function connectAlice(): Promise<{ pds: FakePds; accountId: string }> {
  const started = await startFakePds();
  pds = started;
  started.seedAccount({ handle: 'alice.test', appPassword: 'abcd-efgh-ijkl-mnop', displayName: 'Alice' });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/social-accounts/connect',
    headers: authHeaders(owner.accessToken),
    payload: { brandId: await createBrand(t.app, owner, 'Sky brand'), platform: 'bluesky', identifier: 'alice.test', secret: 'abcd-efgh-ijkl-mnop', baseUrl: started.url },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { pds: started, accountId: response.json().account.id };
}

const callsSince = (fake: FakePds, from: number) => fake.requests.slice(from).map((request) => `${request.nsid} ${request.status}`);

describe('sync refreshes tokens the way delivery does', () => {
  it('renews an expired Bluesky token before asking who the account is', async () => {
    const { pds: fake, accountId } = await connectAlice();
    const before = await stored(accountId);
    // Our record says the token has expired; the PDS agrees.
    const expiredAt = new Date(Date.now() - 60_000);
    await t.context.core.uow.socialAccounts.saveCredentials(accountId, t.context.core.vault.seal({ ...before.credentials, expiresAt: expiredAt }), expiredAt);
    fake.advanceClock(PAST_ACCESS_TOKEN_LIFETIME);
    const from = fake.requests.length;
    const response = await sync(accountId);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().account).toMatchObject({ status: 'active', handle: 'alice.test', displayName: 'Alice' });
    expect(callsSince(fake, from)).toEqual(['com.atproto.server.refreshSession 200', 'com.atproto.server.getSession 200', 'app.bsky.actor.getProfile 200']);
    const after = await stored(accountId);
    expect(after.credentials.refreshToken).not.toBe(before.credentials.refreshToken);
    expect(after.account.tokenExpiresAt?.getTime()).toBeGreaterThan(Date.now());
  });

  it('refreshes once when the platform says the token expired although our record did not', async () => {
    const { pds: fake, accountId } = await connectAlice();
    fake.advanceClock(PAST_ACCESS_TOKEN_LIFETIME);
    const from = fake.requests.length;
    const response = await sync(accountId);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().account.status).toBe('active');
    expect(callsSince(fake, from)).toEqual([
      'com.atproto.server.getSession 400',
      'com.atproto.server.refreshSession 200',
      'com.atproto.server.getSession 200',
      'app.bsky.actor.getProfile 200',
    ]);
  });

  it('flags the account when the app password was revoked (refreshing fails too)', async () => {
    const { pds: fake, accountId } = await connectAlice();
    fake.revokeSessions('alice.test');
    fake.advanceClock(PAST_ACCESS_TOKEN_LIFETIME);
    const response = await sync(accountId);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().account).toMatchObject({ status: 'needs_reconnect', lastError: expect.stringContaining('token refresh failed') });
  });

  it('renews an X token the API calls expired, through the installation’s OAuth client', async () => {
    const start = await t.app.inject({ method: 'GET', url: `/api/v1/social-accounts/oauth/x/start?brandId=${await createBrand(t.app, owner, 'X brand')}`, headers: authHeaders(owner.accessToken) });
    const consent = await fetch(start.json().url, { redirect: 'manual' });
    const callback = new URL(consent.headers.get('location') ?? '');
    const landed = await t.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` });
    const accountId = new URL(landed.headers.location ?? '').searchParams.get('connected') ?? '';
    const before = await stored(accountId);
    expect(before.account).toMatchObject({ handle: 'seedling', instanceLimits: null, lastSyncedAt: expect.any(Date) });

    fakeX.inject('GET /2/users/me', { kind: 'expired-token' });
    const tokenCalls = fakeX.requestsTo('POST /2/oauth2/token').length;
    const response = await sync(accountId);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().account).toMatchObject({ status: 'active', handle: 'seedling', displayName: 'Seedling Co.' });
    expect(fakeX.requestsTo('POST /2/oauth2/token').length).toBe(tokenCalls + 1);
    expect((await stored(accountId)).credentials.accessToken).not.toBe(before.credentials.accessToken);
  });
});
