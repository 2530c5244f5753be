import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeMastodon } from '@socialseed/testkit/fakes/mastodon/fake-mastodon';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { addMember, createBrand } from '../../testing/fixtures';

let t: TestApp;
let owner: RegisteredUser;
let fake: FakeMastodon;

beforeAll(async () => {
  fake = await new FakeMastodon({ domain: 'big.example', limits: { maxCharacters: 5000 } }).start();
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Sync Org' });
});
afterAll(async () => {
  await t?.close();
  expect(fake.violations).toEqual([]);
  await fake?.close();
});

interface AccountBody {
  id: string;
  status: string;
  displayName: string;
  lastError: string | null;
  lastSyncedAt: string | null;
  instanceLimits: { maxCharacters: number } | null;
}

/** A Mastodon account on the fake instance, connected with a pasted token through the API. */
async function connectMastodon(username: string): Promise<{ account: AccountBody; token: string; brandId: string; platformAccountId: string }> {
  const user = fake.addAccount({ username, displayName: `${username} Co.` });
  const token = fake.issueToken(user.id);
  const brandId = await createBrand(t.app, owner, `${username} brand`);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/social-accounts/connect',
    headers: authHeaders(owner.accessToken),
    payload: { brandId, platform: 'mastodon', identifier: username, secret: token, baseUrl: fake.baseUrl },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { account: response.json().account, token, brandId, platformAccountId: user.id };
}

const sync = (accountId: string, user: RegisteredUser = owner) =>
  t.app.inject({ method: 'POST', url: `/api/v1/social-accounts/${accountId}/sync`, headers: authHeaders(user.accessToken, user.organizationId) });

function setRevoked(token: string, revoked: boolean): void {
  const grant = fake.state.tokens.get(token);
  if (!grant) throw new Error('unknown token');
  grant.revoked = revoked;
}

async function targetOf(postId: string) {
  const post = await t.app.inject({ method: 'GET', url: `/api/v1/posts/${postId}`, headers: authHeaders(owner.accessToken) });
  return post.json().post.targets[0] as { id: string; status: string };
}

describe('POST /api/v1/social-accounts/:id/sync', () => {
  it("connecting a Mastodon account stores its server's limits and when they were read", async () => {
    const { account } = await connectMastodon('limits');
    expect(account.instanceLimits).toMatchObject({ maxCharacters: 5000, charactersReservedPerUrl: 23, maxMediaAttachments: 4 });
    expect(account.lastSyncedAt).toEqual(expect.any(String));
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/social-accounts', headers: authHeaders(owner.accessToken) });
    expect(list.json().items.find((item: AccountBody) => item.id === account.id)).toMatchObject({ instanceLimits: { maxCharacters: 5000 } });
  });

  it('re-reads the profile and the current limits, and audits the sync', async () => {
    const { account, platformAccountId } = await connectMastodon('renamed');
    const profile = fake.state.accounts.get(platformAccountId);
    if (!profile) throw new Error('no profile');
    profile.displayName = 'Renamed Co.';
    fake.state.limits.maxCharacters = 6000;
    const response = await sync(account.id);
    fake.state.limits.maxCharacters = 5000;
    expect(response.statusCode, response.body).toBe(200);
    const synced = response.json().account as AccountBody;
    expect(synced).toMatchObject({ id: account.id, status: 'active', displayName: 'Renamed Co.', instanceLimits: { maxCharacters: 6000 } });
    expect(new Date(synced.lastSyncedAt ?? 0).getTime()).toBeGreaterThan(new Date(account.lastSyncedAt ?? 0).getTime());
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/admin/audit-logs?action=social_account.synced', headers: authHeaders(owner.accessToken) });
    expect(audit.json().items).toEqual([expect.objectContaining({ entityId: account.id, newValues: expect.objectContaining({ status: 'active', displayName: 'Renamed Co.' }) })]);
  });

  it('flags a revoked token (200, needs_reconnect), holds its posts and tells the owners; once the token works again, sync brings it back and releases them', async () => {
    const { account, token, brandId } = await connectMastodon('revoked');
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/posts', headers: authHeaders(owner.accessToken), payload: { brandId, text: 'Held, not lost', accountIds: [account.id] } });
    const postId = created.json().post.id as string;
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/submit`, headers: authHeaders(owner.accessToken) })).statusCode).toBe(200);
    const scheduledAt = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await t.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/schedule`, headers: authHeaders(owner.accessToken), payload: { scheduledAt } });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    const target = await targetOf(postId);
    expect(target.status).toBe('scheduled');
    const emailsBefore = t.dispatchedEmails.length;

    setRevoked(token, true);
    const flagged = await sync(account.id);
    expect(flagged.statusCode, flagged.body).toBe(200);
    expect(flagged.json().account).toMatchObject({ status: 'needs_reconnect', lastError: expect.stringContaining('401'), lastSyncedAt: account.lastSyncedAt });
    expect((await targetOf(postId)).status).toBe('held');
    expect(t.dispatchedEmails.length).toBe(emailsBefore + 1);

    // Still revoked: it stays flagged, and nobody is told twice.
    expect((await sync(account.id)).json().account.status).toBe('needs_reconnect');
    expect(t.dispatchedEmails.length).toBe(emailsBefore + 1);

    setRevoked(token, false);
    const jobsBefore = t.writtenJobs.length;
    const restored = await sync(account.id);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json().account).toMatchObject({ status: 'active', lastError: null });
    expect((await targetOf(postId)).status).toBe('scheduled');
    expect(t.writtenJobs.slice(jobsBefore)).toEqual([expect.objectContaining({ name: 'publish.target', data: { targetId: target.id } })]);
  });

  it('answers 503 with a message when the platform does not answer, and changes nothing', async () => {
    const { account } = await connectMastodon('busy');
    fake.inject('GET /api/v1/accounts/verify_credentials', { kind: 'status', status: 503 });
    const response = await sync(account.id);
    expect(response.statusCode, response.body).toBe(503);
    expect(response.json().error).toMatchObject({ code: 'UNAVAILABLE', userMessage: 'Mastodon did not answer; try again shortly.' });
    const stored = await t.context.core.uow.socialAccounts.findById(owner.organizationId, account.id);
    expect(stored).toMatchObject({ status: 'active', lastSyncedAt: new Date(account.lastSyncedAt ?? 0) });
  });

  it('answers 503 for a 429 as well (transient), never flagging the account', async () => {
    const { account } = await connectMastodon('limited');
    fake.inject('GET /api/v1/accounts/verify_credentials', { kind: 'status', status: 429 });
    expect((await sync(account.id)).statusCode).toBe(503);
    expect((await t.context.core.uow.socialAccounts.findById(owner.organizationId, account.id))?.status).toBe('active');
  });

  it('brings a flagged Sandbox account back: its credentials always work', async () => {
    const brandId = await createBrand(t.app, owner, 'Sandbox brand');
    const connected = await t.app.inject({ method: 'POST', url: '/api/v1/social-accounts/connect', headers: authHeaders(owner.accessToken), payload: { brandId, platform: 'sandbox', identifier: 'comeback' } });
    const accountId = connected.json().account.id as string;
    await t.context.core.uow.socialAccounts.markNeedsReconnect(accountId, 'Sandbox: 403 access revoked', new Date());
    const response = await sync(accountId);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().account).toMatchObject({ status: 'active', handle: 'comeback', displayName: 'comeback (Sandbox)', instanceLimits: null, lastError: null });
  });

  it("is for managers and up; another organization's account is 404; a bad id is 400", async () => {
    const { account } = await connectMastodon('guarded');
    const editor = await addMember(t, owner, 'editor');
    expect((await sync(account.id, editor)).statusCode).toBe(403);
    const stranger = await registerUser(t.app, { organizationName: 'Stranger Org' });
    expect((await sync(account.id, stranger)).statusCode).toBe(404);
    expect((await sync('00000000-0000-4000-8000-000000000009')).statusCode).toBe(404);
    expectFieldError(await sync('not-an-id'), 400, 'id');
  });
});
