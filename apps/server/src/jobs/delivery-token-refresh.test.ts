import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeX } from '@socialseed/testkit/fakes/x/fake-x';
import { createUnitOfWork } from '@socialseed/db';
import type { TargetRecord } from '@socialseed/core/publishing/post';
import { refreshAccountCredentials } from '@socialseed/core/publishing/refresh-account-credentials';
import type { AccountContext } from '@socialseed/core/ports/social-provider';
import { createDeliveryHarness, waitUntil, type DeliveryHarness } from '../testing/delivery-harness';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { createBrand } from '../testing/fixtures';
import { storeFakeXAccount } from '../testing/x-account-fixtures';

const CLIENT_ID = 'socialseed-refresh-test';
const TOKEN_CALL = 'POST /2/oauth2/token';
let h: DeliveryHarness;
let x: FakeX;
let owner: RegisteredUser;
let brandId: string;

beforeAll(async () => {
  x = await new FakeX().start();
  x.registerClient({ clientId: CLIENT_ID, clientSecret: 'app-secret', redirectUri: 'http://socialseed.test/api/v1/social-accounts/oauth/x/callback' });
  h = await createDeliveryHarness({ config: { X_CLIENT_ID: CLIENT_ID, X_CLIENT_SECRET: 'app-secret', X_API_BASE_URL: x.baseUrl, PUBLIC_URL: 'http://socialseed.test' } });
  owner = await registerUser(h.app, { organizationName: 'Refresh Race Org' });
  brandId = await createBrand(h.app, owner, 'Refresh Race Brand');
}, 60_000);
afterAll(async () => {
  await h?.close();
  expect(x.violations).toEqual([]);
  await x?.close();
});

/**
 * An X account connected with tokens we still believe valid for an hour, whose access token X has
 * already expired (revoked early, or the clock drifted): nothing tells us before the 401s.
 */
async function connectAccountWithDeadToken(username: string): Promise<{ accountId: string; accessToken: string }> {
  const stored = await storeFakeXAccount(h.context.core, x, { organizationId: owner.organizationId, brandId, clientId: CLIENT_ID, username, believedValidForMs: 3_600_000 });
  x.state.expireToken(stored.accessToken);
  return stored;
}

async function contextOf(accountId: string): Promise<AccountContext> {
  const account = await h.context.core.uow.socialAccounts.findByIdAnyOrganization(accountId);
  if (!account) throw new Error('account gone');
  const { platform, platformAccountId, handle, baseUrl } = account;
  return { accountId, platform, platformAccountId, handle, baseUrl, credentials: h.context.core.vault.open(account.encryptedCredentials) };
}

const tokenCalls = () => x.requests.filter((request) => `${request.method} ${request.path}` === TOKEN_CALL);

describe('token refresh under concurrency', () => {
  it('renews once when a batch of one account’s posts all meet the expired token, and publishes every post', async () => {
    const { accountId } = await connectAccountWithDeadToken('busy_brand');
    const headers = authHeaders(owner.accessToken, owner.organizationId);
    const refreshesBefore = tokenCalls().length;
    const targetIds = await Promise.all(
      Array.from({ length: 8 }, async (_, index) => {
        const created = await h.app.inject({ method: 'POST', url: '/api/v1/posts', headers, payload: { brandId, text: `Morning update number ${index + 1}`, accountIds: [accountId] } });
        expect(created.statusCode, created.body).toBe(201);
        const postId = created.json().post.id as string;
        expect((await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/submit`, headers })).statusCode).toBe(200);
        // Due together, so one worker poll takes them as one batch.
        const scheduled = await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/schedule`, headers, payload: { scheduledAt: new Date(Date.now() + 2_000).toISOString() } });
        expect(scheduled.statusCode, scheduled.body).toBe(200);
        return scheduled.json().post.targets[0].id as string;
      }),
    );
    const targets = await waitUntil(
      () => Promise.all(targetIds.map(async (id) => (await h.context.core.uow.targets.findById(id)) as TargetRecord)),
      (all) => all.every((target) => ['published', 'failed', 'held'].includes(target.status)),
    );
    expect(targets.map((target) => target.status)).toEqual(Array(8).fill('published'));
    expect(tokenCalls().length - refreshesBefore).toBe(1);
    const account = await h.context.core.uow.socialAccounts.findByIdAnyOrganization(accountId);
    expect(account?.status).toBe('active');
    expect(x.state.tweets.size).toBeGreaterThanOrEqual(8);
  }, 60_000);

  it('lets two processes that renew one account at the same moment both carry on with the one new token', async () => {
    const { accountId, accessToken } = await connectAccountWithDeadToken('two_workers');
    const provider = h.context.core.providers.provider('x');
    if (!provider) throw new Error('X is configured in this harness');
    // A second unit of work over the same database stands for another worker process.
    const otherProcess = { uow: createUnitOfWork(h.connection, h.queue.writeJobs), vault: h.context.core.vault };
    const stale = await contextOf(accountId);
    const refreshesBefore = tokenCalls().length;

    const [first, second] = await Promise.all([refreshAccountCredentials(h.context.core, provider, stale), refreshAccountCredentials(otherProcess, provider, stale)]);

    expect(tokenCalls().length - refreshesBefore).toBe(1);
    expect(first.credentials.accessToken).not.toBe(accessToken);
    expect(second.credentials).toEqual(first.credentials);
    expect((await contextOf(accountId)).credentials).toEqual(first.credentials);
    // The new token works, and the account was never flagged.
    await expect(provider.fetchProfile(first)).resolves.toMatchObject({ followers: expect.any(Number) });
    expect((await h.context.core.uow.socialAccounts.findByIdAnyOrganization(accountId))?.status).toBe('active');
  }, 60_000);

  it('keeps credentials the owner reconnected with while a renewal was on the wire, whether the renewal succeeds or is refused', async () => {
    const provider = h.context.core.providers.provider('x');
    if (!provider) throw new Error('X is configured in this harness');
    for (const refused of [false, true]) {
      const { accountId } = await connectAccountWithDeadToken(refused ? 'reconnected_refused' : 'reconnected_renewed');
      const context = await contextOf(accountId);
      if (refused) x.state.refreshTokens.delete(context.credentials.refreshToken ?? '');
      const reconnected = { accessToken: `reconnected-${refused}`, refreshToken: `reconnected-refresh-${refused}`, expiresAt: new Date(Date.now() + 7_200_000) };
      // The owner signs in again (no credential lock taken) while X is answering the renewal.
      const racing = {
        ...provider,
        refreshCredentials: async (account: AccountContext) => {
          await h.context.core.uow.socialAccounts.saveCredentials(accountId, h.context.core.vault.seal(reconnected), reconnected.expiresAt);
          return provider.refreshCredentials(account);
        },
      };
      const renewed = await refreshAccountCredentials(h.context.core, racing, context);
      expect(renewed.credentials, `refused: ${refused}`).toEqual(reconnected);
      expect((await contextOf(accountId)).credentials).toEqual(reconnected);
    }
  }, 60_000);

  it('still reports a refused renewal as a lost grant when nobody else renewed the token', async () => {
    const { accountId } = await connectAccountWithDeadToken('revoked_grant');
    const provider = h.context.core.providers.provider('x');
    if (!provider) throw new Error('X is configured in this harness');
    const context = await contextOf(accountId);
    // Spend the refresh token behind our back, as a revoked app grant would leave it.
    x.state.refreshTokens.delete(context.credentials.refreshToken ?? '');
    await expect(refreshAccountCredentials(h.context.core, provider, context)).rejects.toMatchObject({ kind: 'reconnect' });
  }, 60_000);
});
