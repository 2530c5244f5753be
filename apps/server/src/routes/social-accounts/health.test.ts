import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postTargets } from '@socialseed/db/schema/index';
import { accountBucketKey, publishLimits } from '@socialseed/core/publishing/publish-limits';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { addMember, connectSandboxAccount } from '../../testing/fixtures';

let t: TestApp;
let owner: RegisteredUser;

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Health Org' });
});
afterAll(async () => t.close());

const health = (accountId: string, user: RegisteredUser = owner) =>
  t.app.inject({ method: 'GET', url: `/api/v1/social-accounts/${accountId}/health`, headers: authHeaders(user.accessToken, user.organizationId) });

async function healthOf(accountId: string) {
  const response = await health(accountId);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().health;
}

const sandboxBucket = (accountId: string) => accountBucketKey(accountId, publishLimits.sandbox.bucket);

describe('GET /api/v1/social-accounts/:id/health', () => {
  it('a fresh account: active, a token that never expires, a full bucket, a closed circuit, nothing waiting', async () => {
    const { accountId } = await connectSandboxAccount(t.app, owner);
    expect(await healthOf(accountId)).toEqual({
      accountId,
      status: 'active',
      tokenExpiresAt: null,
      tokenExpiresInSeconds: null,
      tokenExpired: false,
      lastError: null,
      lastErrorAt: null,
      lastSyncedAt: expect.any(String),
      rateLimit: { bucket: 'sandbox:publish', capacity: 1000, remaining: 1000, blockedUntil: null },
      circuit: { state: 'closed', openUntil: null },
      heldTargets: 0,
      failedTargets: 0,
      scheduledTargets: 0,
    });
  });

  it('says when the token expires, and that it has', async () => {
    const { accountId } = await connectSandboxAccount(t.app, owner);
    const account = await t.context.core.uow.socialAccounts.findById(owner.organizationId, accountId);
    const credentials = t.context.core.vault.open(account?.encryptedCredentials ?? '');
    const inAnHour = new Date(Date.now() + 3_600_000);
    await t.context.core.uow.socialAccounts.saveCredentials(accountId, t.context.core.vault.seal({ ...credentials, expiresAt: inAnHour }), inAnHour);
    const fresh = await healthOf(accountId);
    expect(fresh).toMatchObject({ tokenExpiresAt: inAnHour.toISOString(), tokenExpired: false });
    expect(fresh.tokenExpiresInSeconds).toBeGreaterThan(3500);
    expect(fresh.tokenExpiresInSeconds).toBeLessThanOrEqual(3600);
    t.clock.advance(2 * 3_600_000);
    try {
      expect(await healthOf(accountId)).toMatchObject({ tokenExpired: true, tokenExpiresInSeconds: 0 });
    } finally {
      t.clock.advance(-2 * 3_600_000);
    }
  });

  it('shows the bucket after refill, a block in force, and an open circuit', async () => {
    const { accountId } = await connectSandboxAccount(t.app, owner);
    const { throttle } = t.context.core.uow;
    // 500 of 1000 spent; the Sandbox refills 100 a second, so a read moments later sees 500 to 999.
    expect((await throttle.take(sandboxBucket(accountId), { ...publishLimits.sandbox, cost: 500 }, new Date())).granted).toBe(true);
    const spent = (await healthOf(accountId)).rateLimit;
    expect(spent.remaining).toBeGreaterThanOrEqual(500);
    expect(spent.remaining).toBeLessThan(1000);

    const until = new Date(Date.now() + 10 * 60_000);
    await throttle.block(sandboxBucket(accountId), until, new Date());
    await throttle.recordPlatformFailure('sandbox', new Date(), 1, 60_000);
    const blocked = await healthOf(accountId);
    expect(blocked.rateLimit).toEqual({ bucket: 'sandbox:publish', capacity: 1000, remaining: 0, blockedUntil: until.toISOString() });
    expect(blocked.circuit.state).toBe('open');
    expect(new Date(blocked.circuit.openUntil).getTime()).toBeGreaterThan(Date.now());
    await throttle.recordPlatformSuccess('sandbox');
    expect((await healthOf(accountId)).circuit).toEqual({ state: 'closed', openUntil: null });
  });

  it("counts the account's held, failed and scheduled targets, and shows why it needs reconnecting", async () => {
    const { accountId, brandId } = await connectSandboxAccount(t.app, owner);
    const postIds: string[] = [];
    for (const text of ['one', 'two', 'three', 'four']) {
      const created = await t.app.inject({ method: 'POST', url: '/api/v1/posts', headers: authHeaders(owner.accessToken), payload: { brandId, text, accountIds: [accountId] } });
      postIds.push(created.json().post.id);
    }
    const [first = '', second = '', third = ''] = postIds;
    await t.connection.db.update(postTargets).set({ status: 'held' }).where(inArray(postTargets.postId, [first, second]));
    await t.connection.db.update(postTargets).set({ status: 'failed' }).where(inArray(postTargets.postId, [third]));
    await t.app.inject({ method: 'POST', url: `/api/v1/posts/${postIds[3]}/submit`, headers: authHeaders(owner.accessToken) });
    const scheduled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/posts/${postIds[3]}/schedule`,
      headers: authHeaders(owner.accessToken),
      payload: { scheduledAt: new Date(Date.now() + 3_600_000).toISOString() },
    });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    const flaggedAt = new Date();
    await t.context.core.uow.socialAccounts.markNeedsReconnect(accountId, 'Sandbox: 403 access revoked', flaggedAt);
    expect(await healthOf(accountId)).toMatchObject({
      status: 'needs_reconnect',
      lastError: 'Sandbox: 403 access revoked',
      lastErrorAt: flaggedAt.toISOString(),
      heldTargets: 2,
      failedTargets: 1,
      scheduledTargets: 1,
    });
  });

  it("is readable by every role; another organization's account is 404; a bad id is 400", async () => {
    const { accountId } = await connectSandboxAccount(t.app, owner);
    const viewer = await addMember(t, owner, 'viewer');
    expect((await health(accountId, viewer)).statusCode).toBe(200);
    const stranger = await registerUser(t.app, { organizationName: 'Stranger Org' });
    expect((await health(accountId, stranger)).statusCode).toBe(404);
    const { accountId: theirs } = await connectSandboxAccount(t.app, stranger);
    expect((await health(theirs)).statusCode).toBe(404);
    expectFieldError(await health('not-an-id'), 400, 'id');
  });
});
