import { eq, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { metricReadLimits } from '@socialseed/core/engagement/read-limits';
import { syncEngagement } from '@socialseed/core/engagement/sync-engagement';
import { snapshotCompetitors } from '@socialseed/core/engagement/snapshot-audiences';
import { accountBucketKey } from '@socialseed/core/publishing/publish-limits';
import type { Platform } from '@socialseed/core/publishing/platforms';
import { accountSnapshots, postEngagement, postMetricSnapshots, postTargets, posts, socialAccounts } from '@socialseed/db/schema/index';
import { FakeMastodon } from '@socialseed/testkit/fakes/mastodon/fake-mastodon';
import { FakeX } from '@socialseed/testkit/fakes/x/fake-x';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { createBrand } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';

const HOUR = 3_600_000;
const FAR_FUTURE = new Date('2100-01-01T00:00:00Z');

let t: TestApp;
let owner: RegisteredUser;
let brandId: string;
let fakes: Array<{ close(): Promise<void>; violations: unknown[] }> = [];
beforeAll(async () => {
  // X is on only with an OAuth client; the accounts below carry tokens the fake issued.
  t = await createTestApp({ X_CLIENT_ID: 'socialseed-test', X_CLIENT_SECRET: 'test-secret' });
  owner = await registerUser(t.app, { organizationName: 'Limits Org' });
  brandId = await createBrand(t.app, owner);
}, 60_000);
afterEach(async () => {
  // Every request the sync sent must be valid per the platform's official spec.
  for (const fake of fakes) {
    expect(fake.violations).toEqual([]);
    await fake.close();
  }
  fakes = [];
});
afterAll(async () => t.close());

const now = () => t.context.core.clock.now();

/** An account on a fake platform, stored as connecting it would (credentials sealed, no expiry in sight). */
async function storeAccount(platform: Platform, account: { platformAccountId: string; handle: string; baseUrl: string; accessToken: string }, ofBrand = brandId): Promise<string> {
  const [row] = await t.connection.db
    .insert(socialAccounts)
    .values({
      organizationId: owner.organizationId,
      brandId: ofBrand,
      platform,
      platformAccountId: account.platformAccountId,
      handle: account.handle,
      displayName: account.handle,
      baseUrl: account.baseUrl,
      encryptedCredentials: t.context.core.vault.seal({ accessToken: account.accessToken, refreshToken: null, expiresAt: FAR_FUTURE }),
    })
    .returning({ id: socialAccounts.id });
  if (!row) throw new Error('no account row');
  return row.id;
}

/** A post created through the API, then marked published as `platformPostId` (API tests run no worker). */
async function publishedTarget(accountId: string, platformPostId: string): Promise<string> {
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/posts', headers: authHeaders(owner.accessToken, owner.organizationId), payload: { brandId, text: `Post ${platformPostId}`, accountIds: [accountId] } });
  expect(created.statusCode, created.body).toBe(201);
  const post = created.json().post as { id: string; targets: Array<{ id: string }> };
  const targetId = post.targets[0]?.id ?? '';
  await t.connection.db.update(posts).set({ status: 'published' }).where(eq(posts.id, post.id));
  await t.connection.db.update(postTargets).set({ status: 'published', platformPostId, publishedAt: now() }).where(eq(postTargets.id, targetId));
  return targetId;
}

const snapshotsOf = (targetIds: string[]) => t.connection.db.select().from(postMetricSnapshots).where(inArray(postMetricSnapshots.targetId, targetIds));
const rowsOf = (targetIds: string[]) => t.connection.db.select().from(postEngagement).where(inArray(postEngagement.targetId, targetIds));
const pass = (accountId: string) => syncEngagement(t.context.core, { socialAccountIds: [accountId] });

describe('engagement sync respects rate limits', () => {
  it('sends nothing while the read budget is spent or after a 429, leaves the posts due, and measures them once allowed', async () => {
    const fake = await new FakeX({ now, accessTokenTtlSeconds: 30 * 86_400 }).start();
    fakes.push(fake);
    fake.registerClient({ clientId: 'socialseed-test', clientSecret: 'test-secret', redirectUri: 'http://127.0.0.1/cb' });
    const user = fake.addUser({ username: 'limits_brand', followers: 900 });
    const accountId = await storeAccount('x', { platformAccountId: user.id, handle: user.username, baseUrl: fake.baseUrl, accessToken: fake.issueTokens(user.id, 'socialseed-test').accessToken });
    const targetIds: string[] = [];
    for (const text of ['one', 'two', 'three']) {
      const tweet = fake.addPostBy(user.id, text);
      Object.assign(tweet.metrics, { like_count: 4, reply_count: 1, retweet_count: 2, impression_count: 3000 });
      targetIds.push(await publishedTarget(accountId, tweet.id));
    }
    const lookups = () => fake.requestsTo('GET /2/tweets').length;

    // Another worker spent the account's whole read budget a moment ago.
    const { bucket, capacity, refillPerSecond } = metricReadLimits.x;
    expect((await t.context.core.uow.throttle.take(accountBucketKey(accountId, bucket), { capacity, refillPerSecond, cost: capacity }, now())).granted).toBe(true);
    const waiting = await pass(accountId);
    expect(waiting).toMatchObject({ recorded: 0, deferred: 3 });
    expect(lookups()).toBe(0);
    expect(await snapshotsOf(targetIds)).toEqual([]);
    for (const row of await rowsOf(targetIds)) {
      // Still on their first slot, just not claimable until the budget refills.
      expect(row.nextFetchAt).toEqual(row.publishedAt);
      expect(row.claimedUntil?.getTime()).toBeGreaterThan(now().getTime());
    }
    // A pass before the refill sends nothing either.
    await pass(accountId);
    expect(lookups()).toBe(0);
    t.clock.advance(5_000);
    expect((await pass(accountId)).recorded).toBe(3);
    expect(lookups()).toBe(1);
    expect(await snapshotsOf(targetIds)).toHaveLength(3);

    // An hour later X answers 429 until its window resets in 15 minutes.
    t.clock.advance(HOUR);
    const reset = Math.ceil((now().getTime() + 15 * 60_000) / 1000);
    fake.inject('GET /2/tweets', { kind: 'status', status: 429, headers: { 'x-rate-limit-limit': '900', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) } });
    expect(await pass(accountId)).toMatchObject({ recorded: 0, deferred: 3 });
    expect(lookups()).toBe(2);
    for (const row of await rowsOf(targetIds)) expect(row.claimedUntil?.getTime()).toBe(reset * 1000);
    t.clock.advance(60_000);
    await pass(accountId);
    expect(lookups()).toBe(2);
    expect(await snapshotsOf(targetIds)).toHaveLength(3);
    t.clock.advance(15 * 60_000);
    expect((await pass(accountId)).recorded).toBe(3);
    expect(lookups()).toBe(3);
    const snapshots = await snapshotsOf(targetIds);
    expect(snapshots).toHaveLength(6);
    // The delayed slot is still the one that was due: one hour after publication.
    const rows = await rowsOf(targetIds);
    for (const row of rows) expect(snapshots.filter((snapshot) => snapshot.targetId === row.targetId).map((snapshot) => snapshot.dueAt.getTime() - row.publishedAt.getTime()).sort()).toEqual([0, HOUR]);
    // X reports bookmarks (saves) but not link clicks to other accounts' apps: clicks stay unknown.
    expect(rows[0]).toMatchObject({ impressions: 3000, likes: 4, comments: 1, shares: 2, saves: 0, clicks: null, reach: null, rewardEstimated: false, fetchCount: 2 });
    expect(rows[0]?.reward).toBeCloseTo(((4 + 3 * 1 + 5 * 2) / 3000) * 100, 5);
  }, 60_000);
});

describe('engagement sync stores unknown as null', () => {
  it('a Mastodon post: no impressions, saves or clicks (null), an estimate from followers, the reward marked estimated', async () => {
    const fake = await new FakeMastodon({ now }).start();
    fakes.push(fake);
    const member = fake.addAccount({ username: 'nullbrand', followers: 4000, following: 10 });
    const accountId = await storeAccount('mastodon', { platformAccountId: member.id, handle: member.username, baseUrl: fake.baseUrl, accessToken: fake.issueToken(member.id) });
    const status = fake.addStatusBy(member.id, 'A measured toot');
    Object.assign(status.counts, { favourites: 3, reblogs: 1, replies: 1 });
    const targetId = await publishedTarget(accountId, status.id);

    expect((await pass(accountId)).recorded).toBe(1);
    const [audience] = await t.connection.db.select().from(accountSnapshots).where(eq(accountSnapshots.socialAccountId, accountId));
    expect(audience).toMatchObject({ followers: 4000, following: 10, postsCount: 1 });
    const [row] = await rowsOf([targetId]);
    expect(row).toMatchObject({ impressions: null, reach: null, saves: null, clicks: null, likes: 3, shares: 1, comments: 1, rewardEstimated: true });
    // No history yet: followers × the default 20 % reach.
    expect(row?.estimatedImpressions).toBe(800);
    expect(row?.reward).toBeCloseTo(((3 + 3 * 1 + 5 * 1) / 800) * 100, 5);
    const [snapshot] = await snapshotsOf([targetId]);
    expect(snapshot).toMatchObject({ impressions: null, reach: null, saves: null, clicks: null, estimatedImpressions: 800, likes: 3 });
  }, 60_000);
});

describe('engagement sync notices a revoked account', () => {
  it('flags the account, holds its scheduled posts and tells the owners once, before any post fails', async () => {
    const fake = await new FakeMastodon({ now }).start();
    fakes.push(fake);
    const member = fake.addAccount({ username: 'revokedbrand', followers: 100 });
    const token = fake.issueToken(member.id);
    const accountId = await storeAccount('mastodon', { platformAccountId: member.id, handle: member.username, baseUrl: fake.baseUrl, accessToken: token });
    const measured = await publishedTarget(accountId, fake.addStatusBy(member.id, 'Already out').id);
    const headers = authHeaders(owner.accessToken, owner.organizationId);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/posts', headers, payload: { brandId, text: 'Due tomorrow', accountIds: [accountId] } });
    const postId = created.json().post.id as string;
    await t.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/submit`, headers });
    const scheduled = await t.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/schedule`, headers, payload: { scheduledAt: new Date(now().getTime() + 24 * HOUR).toISOString() } });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    const upcoming = scheduled.json().post.targets[0].id as string;
    // The owner revoked the app on the server; nothing has tried to publish since.
    const grant = fake.state.tokens.get(token);
    if (!grant) throw new Error('token not issued');
    grant.revoked = true;

    const first = await pass(accountId);
    const second = await pass(accountId);

    expect(first.recorded + second.recorded).toBe(0);
    expect((await rowsOf([measured]))[0]?.likes ?? null).toBeNull();
    const account = await t.context.core.uow.socialAccounts.findByIdAnyOrganization(accountId);
    expect(account).toMatchObject({ status: 'needs_reconnect' });
    expect((await t.context.core.uow.targets.findById(upcoming))?.status).toBe('held');
    const mail = await t.context.core.uow.emailOutbox.listVisibleTo(owner.organizationId, owner.user.id, { page: 1, limit: 100 });
    expect(mail.items.filter((email) => email.kind === 'account_reconnect' && email.subject.includes('revokedbrand'))).toHaveLength(1);
    const notices = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers });
    const reconnect = (notices.json().items as Array<{ kind: string; title: string; link: string }>).filter((item) => item.kind === 'account.reconnect');
    expect(reconnect).toEqual([expect.objectContaining({ title: 'Reconnect revokedbrand on Mastodon', link: '/accounts' })]);
  }, 60_000);
});

describe('engagement sync reads competitors without blaming the brand’s own account', () => {
  it('leaves the account active when X refuses a competitor’s profile with 403', async () => {
    const fake = await new FakeX({ now, accessTokenTtlSeconds: 30 * 86_400 }).start();
    fakes.push(fake);
    fake.registerClient({ clientId: 'socialseed-test', clientSecret: 'test-secret', redirectUri: 'http://127.0.0.1/cb' });
    const user = fake.addUser({ username: 'watching_brand', followers: 50 });
    fake.addUser({ username: 'suspended_rival', followers: 10 });
    // A brand of its own, so its only X account is this one.
    const watchingBrandId = await createBrand(t.app, owner, 'Watching brand');
    const accountId = await storeAccount('x', { platformAccountId: user.id, handle: user.username, baseUrl: fake.baseUrl, accessToken: fake.issueTokens(user.id, 'socialseed-test').accessToken }, watchingBrandId);
    const headers = authHeaders(owner.accessToken, owner.organizationId);
    const added = await t.app.inject({ method: 'POST', url: '/api/v1/analytics/competitors', headers, payload: { brandId: watchingBrandId, platform: 'x', handle: 'suspended_rival' } });
    expect(added.statusCode, added.body).toBe(201);
    fake.inject('GET /2/users/by/username/{username}', { kind: 'status', status: 403 });

    expect(await snapshotCompetitors(t.context.core, { now: now(), organizationId: owner.organizationId })).toBe(0);

    expect(fake.requests.filter((request) => request.path === '/2/users/by/username/suspended_rival')).toHaveLength(1);
    expect((await t.context.core.uow.socialAccounts.findByIdAnyOrganization(accountId))?.status).toBe('active');
  }, 60_000);
});
