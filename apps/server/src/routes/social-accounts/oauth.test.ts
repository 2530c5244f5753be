import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeX } from '@socialseed/testkit/fakes/x/fake-x';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { createBrand } from '../../testing/fixtures';

const PUBLIC_URL = 'http://socialseed.test';
let fake: FakeX;
let t: TestApp;
let owner: RegisteredUser;

beforeAll(async () => {
  fake = await new FakeX().start();
  fake.registerClient({ clientId: 'socialseed-app', clientSecret: 'app-secret', redirectUri: `${PUBLIC_URL}/api/v1/social-accounts/oauth/x/callback` });
  fake.addUser({ username: 'seedling', name: 'Seedling Co.' });
  t = await createTestApp({ X_CLIENT_ID: 'socialseed-app', X_CLIENT_SECRET: 'app-secret', X_API_BASE_URL: fake.baseUrl, PUBLIC_URL });
  owner = await registerUser(t.app);
});
afterAll(async () => {
  await t?.close();
  expect(fake.violations).toEqual([]);
  await fake?.close();
});

/** The browser's part: approve on the platform's consent screen, land on our callback. */
async function approveOnX(url: string): Promise<string> {
  const consent = await fetch(url, { redirect: 'manual' });
  expect(consent.status).toBe(302);
  const callback = new URL(consent.headers.get('location') ?? '');
  return `${callback.pathname}${callback.search}`;
}

describe('connecting X with OAuth 2.0 + PKCE', () => {
  it('sends the browser to X, takes the code back, and stores the account with sealed tokens', async () => {
    const brandId = await createBrand(t.app, owner, 'X Brand');
    const start = await t.app.inject({ method: 'GET', url: `/api/v1/social-accounts/oauth/x/start?brandId=${brandId}`, headers: authHeaders(owner.accessToken) });
    expect(start.statusCode, start.body).toBe(200);
    const consentUrl = new URL(start.json().url);
    expect(consentUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(consentUrl.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/v1/social-accounts/oauth/x/callback`);

    const callbackPath = await approveOnX(consentUrl.toString());
    const callback = await t.app.inject({ method: 'GET', url: callbackPath });
    expect(callback.statusCode).toBe(302);
    const landing = new URL(callback.headers.location ?? '');
    expect(`${landing.origin}${landing.pathname}`).toBe(`${PUBLIC_URL}/accounts`);
    const accountId = landing.searchParams.get('connected') ?? '';

    const accounts = await t.app.inject({ method: 'GET', url: `/api/v1/social-accounts?brandId=${brandId}`, headers: authHeaders(owner.accessToken) });
    expect(accounts.json().items).toEqual([expect.objectContaining({ id: accountId, platform: 'x', handle: 'seedling', status: 'active' })]);
    const stored = await t.context.core.uow.socialAccounts.findById(owner.organizationId, accountId);
    expect(stored?.encryptedCredentials).not.toContain('seedling');
    expect(t.context.core.vault.open(stored?.encryptedCredentials ?? '').refreshToken).toBeTruthy();

    // The state works once: replaying the callback changes nothing and says so.
    const replay = await t.app.inject({ method: 'GET', url: callbackPath });
    expect(new URL(replay.headers.location ?? '').searchParams.get('error')).toMatch(/Start again/);
  });

  it('releases the posts an account held when its owner signs in with X again', async () => {
    const brandId = await createBrand(t.app, owner, 'Reconnect Brand');
    const connect = async () => {
      const start = await t.app.inject({ method: 'GET', url: `/api/v1/social-accounts/oauth/x/start?brandId=${brandId}`, headers: authHeaders(owner.accessToken) });
      const callback = await t.app.inject({ method: 'GET', url: await approveOnX(start.json().url) });
      return new URL(callback.headers.location ?? '').searchParams.get('connected') ?? '';
    };
    const accountId = await connect();
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/posts', headers: authHeaders(owner.accessToken), payload: { brandId, text: 'Held while X was disconnected', accountIds: [accountId] } });
    const postId = created.json().post.id as string;
    await t.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/submit`, headers: authHeaders(owner.accessToken) });
    const dueAt = new Date(Date.now() + 3_600_000).toISOString();
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/schedule`, headers: authHeaders(owner.accessToken), payload: { scheduledAt: dueAt } })).statusCode).toBe(200);
    // X revoked the grant: delivery flagged the account and held its posts.
    await t.context.core.uow.socialAccounts.markNeedsReconnect(accountId, 'token revoked', new Date());
    expect(await t.context.core.uow.targets.holdForAccount(accountId)).toBe(1);

    expect(await connect()).toBe(accountId);
    const [target] = await t.context.core.uow.targets.listForPost(postId);
    expect(target).toMatchObject({ status: 'scheduled', nextAttemptAt: new Date(dueAt) });
    expect((await t.context.core.uow.socialAccounts.findById(owner.organizationId, accountId))?.status).toBe('active');
  });

  it('returns to the Accounts page with a message when the person cancels on X', async () => {
    const callback = await t.app.inject({ method: 'GET', url: '/api/v1/social-accounts/oauth/x/callback?state=abcdefghijkl&error=access_denied' });
    expect(new URL(callback.headers.location ?? '').searchParams.get('error')).toBe('The sign-in was cancelled.');
  });

  it('refuses to start for another organization\'s brand or an unknown platform', async () => {
    const stranger = await registerUser(t.app);
    const foreignBrand = await createBrand(t.app, stranger, 'Not yours');
    expectFieldError(await t.app.inject({ method: 'GET', url: `/api/v1/social-accounts/oauth/x/start?brandId=${foreignBrand}`, headers: authHeaders(owner.accessToken) }), 400, 'brandId');
    expectFieldError(await t.app.inject({ method: 'GET', url: '/api/v1/social-accounts/oauth/myspace/start?brandId=00000000-0000-4000-8000-000000000001', headers: authHeaders(owner.accessToken) }), 400, 'platform');
  });
});
