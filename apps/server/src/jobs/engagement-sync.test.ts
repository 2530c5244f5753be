import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACKING_FINISHED_AT } from '@socialseed/core/engagement/engagement-schedule';
import { ENGAGEMENT_CLAIM_LEASE_MS, syncEngagement } from '@socialseed/core/engagement/sync-engagement';
import type { ProviderRegistry } from '@socialseed/core/ports/provider-registry';
import type { SocialProvider } from '@socialseed/core/ports/social-provider';
import { deliverTargets } from '@socialseed/core/publishing/deliver-targets';
import { createSandboxProvider } from '@socialseed/connectors/social/sandbox/sandbox.provider';
import { accountSnapshots, competitorAccounts, competitorSnapshots, postEngagement, postMetricSnapshots } from '@socialseed/db/schema/index';
import { sandboxProfile } from '@socialseed/connectors/social/sandbox/sandbox.profile';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { connectSandboxAccount } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
let owner: RegisteredUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Engagement Org' });
}, 60_000);
afterAll(async () => t.close());

/** Posts `count` texts to one new Sandbox account now, delivered as the worker would. */
async function publishOnSandbox(count: number): Promise<{ accountId: string; brandId: string; targetIds: string[] }> {
  const { accountId, brandId } = await connectSandboxAccount(t.app, owner);
  const targetIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const headers = authHeaders(owner.accessToken, owner.organizationId);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/posts', headers, payload: { brandId, text: `Measured post ${index}?`, accountIds: [accountId] } });
    expect(created.statusCode, created.body).toBe(201);
    // The owner's own post: submitting approves it (no approval required in a new organization).
    const submitted = await t.app.inject({ method: 'POST', url: `/api/v1/posts/${created.json().post.id}/submit`, headers });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const published = await t.app.inject({ method: 'POST', url: `/api/v1/posts/${created.json().post.id}/publish`, headers });
    expect(published.statusCode, published.body).toBe(200);
    targetIds.push(published.json().post.targets[0].id as string);
  }
  const outcomes = await deliverTargets(t.context.core, targetIds);
  expect([...outcomes.values()]).toEqual(targetIds.map(() => 'published'));
  return { accountId, brandId, targetIds };
}

const snapshotsOf = (targetIds: string[]) =>
  t.connection.db.select().from(postMetricSnapshots).where(inArray(postMetricSnapshots.targetId, targetIds)).orderBy(asc(postMetricSnapshots.fetchedAt));
const rowsOf = (targetIds: string[]) => t.connection.db.select().from(postEngagement).where(inArray(postEngagement.targetId, targetIds));
const core = () => t.context.core;

function registryWith(sandbox: SocialProvider): ProviderRegistry {
  return { provider: (platform) => (platform === 'sandbox' ? sandbox : core().providers.provider(platform)), connector: (platform) => core().providers.connector(platform) };
}
/**
 * The Sandbox on the test clock: the app's own one answers by the real clock, so its audience
 * would never see the hours `t.clock.advance` adds.
 */
const sandboxOnTestClock = () => createSandboxProvider({ posts: core().uow.sandboxPosts, clock: { now: () => core().clock.now() } });
const withTestClock = () => ({ ...core(), providers: registryWith(sandboxOnTestClock()) });
/** Only this test's account, so tests sharing the database stay apart. */
const pass = (accountId: string, deps: Parameters<typeof syncEngagement>[0] = withTestClock()) => syncEngagement(deps, { socialAccountIds: [accountId] });

describe('engagement sync: crashes and concurrent workers never double-count', () => {
  it('a worker that dies after fetching, before its commit, leaves the slot to be re-fetched once its lease lapses', async () => {
    const { accountId, targetIds } = await publishOnSandbox(3);
    // The batch's statements run, then the transaction fails as a dying worker's would: all rolled back.
    const real = withTestClock();
    const dying: typeof real = {
      ...real,
      uow: {
        ...real.uow,
        transaction: (fn) =>
          real.uow.transaction(async (repos) => {
            await fn(repos);
            throw new Error('worker died before commit');
          }),
      },
    };
    await expect(pass(accountId, dying)).rejects.toThrow('worker died before commit');
    expect(await snapshotsOf(targetIds)).toEqual([]);
    // Its claims are still live: a pass right now finds nothing to do.
    expect((await pass(accountId)).recorded).toBe(0);
    t.clock.advance(ENGAGEMENT_CLAIM_LEASE_MS + 60_000);
    expect((await pass(accountId)).recorded).toBe(3);
    const snapshots = await snapshotsOf(targetIds);
    expect(snapshots).toHaveLength(3);
    const rows = await rowsOf(targetIds);
    expect(rows.map((row) => row.fetchCount)).toEqual([1, 1, 1]);
    // The slot served is the original one (the publication time): the crash cost a re-fetch, not a slot.
    for (const row of rows) expect(snapshots.find((snapshot) => snapshot.targetId === row.targetId)?.dueAt).toEqual(row.publishedAt);
  }, 60_000);

  it('two passes at once on the same due rows store exactly one snapshot per slot', async () => {
    const { accountId, targetIds } = await publishOnSandbox(4);
    const [first, second] = await Promise.all([pass(accountId), pass(accountId)]);
    expect((first?.recorded ?? 0) + (second?.recorded ?? 0)).toBe(4);
    expect(await snapshotsOf(targetIds)).toHaveLength(4);
    expect((await rowsOf(targetIds)).map((row) => row.fetchCount)).toEqual([1, 1, 1, 1]);
  }, 60_000);

  it('a slow worker whose lease lapsed records nothing once another worker served its slot', async () => {
    const { accountId, targetIds } = await publishOnSandbox(2);
    const sandbox = sandboxOnTestClock();
    let release: () => void = () => undefined;
    let entered: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetching = new Promise<void>((resolve) => (entered = resolve));
    const slow: SocialProvider = {
      ...sandbox,
      async fetchMetrics(account, ids) {
        entered();
        await gate;
        return sandbox.fetchMetrics(account, ids);
      },
    };
    const slowPass = pass(accountId, { ...core(), providers: registryWith(slow) });
    await fetching;
    t.clock.advance(ENGAGEMENT_CLAIM_LEASE_MS + 60_000);
    const fast = await pass(accountId);
    expect(fast.recorded).toBe(2);
    release();
    expect((await slowPass).recorded).toBe(0);
    expect(await snapshotsOf(targetIds)).toHaveLength(2);
    expect((await rowsOf(targetIds)).map((row) => row.fetchCount)).toEqual([1, 1]);
  }, 60_000);
});

describe('engagement sync: competitors', () => {
  it("reads each brand's competitors once an hour as the brand's account on that platform; one nobody can read is skipped", async () => {
    const { brandId } = await publishOnSandbox(0);
    const [readable, unreadable] = await t.connection.db
      .insert(competitorAccounts)
      .values([
        { organizationId: owner.organizationId, brandId, platform: 'sandbox', handle: 'rival_co' },
        // The brand has no Bluesky account to read this one with.
        { organizationId: owner.organizationId, brandId, platform: 'bluesky', handle: 'rival.bsky.social' },
      ])
      .returning();
    if (!readable || !unreadable) throw new Error('two competitors');
    const first = await syncEngagement(withTestClock(), { organizationId: owner.organizationId });
    expect(first.competitorSnapshots).toBe(1);
    expect((await syncEngagement(withTestClock(), { organizationId: owner.organizationId })).competitorSnapshots).toBe(0);
    const stored = await t.connection.db.select().from(competitorSnapshots).where(inArray(competitorSnapshots.competitorId, [readable.id, unreadable.id]));
    expect(stored).toEqual([expect.objectContaining({ competitorId: readable.id, followers: sandboxProfile('handle:rival_co', null).followers, postsCount: null })]);
  }, 60_000);
});

describe('engagement sync: the schedule', () => {
  it('measures hourly during the first day, then every 4 hours, and stops after 30 days', async () => {
    const { accountId, targetIds } = await publishOnSandbox(1);
    const [targetId] = targetIds;
    if (!targetId) throw new Error('one target');
    const row = async () => (await rowsOf([targetId]))[0];
    const publishedAt = (await row())?.publishedAt ?? (await core().uow.targets.findById(targetId))?.publishedAt;
    if (!publishedAt) throw new Error('published');
    const at = (ms: number) => new Date(publishedAt.getTime() + ms);
    const advanceTo = (ms: number) => t.clock.advance(at(ms).getTime() - core().clock.now().getTime());

    await pass(accountId);
    expect(await row()).toMatchObject({ fetchCount: 1, nextFetchAt: at(HOUR) });
    advanceTo(HOUR + 60_000);
    await pass(accountId);
    expect(await row()).toMatchObject({ fetchCount: 2, nextFetchAt: at(2 * HOUR) });
    // Nothing is due before the next slot.
    await pass(accountId);
    expect((await row())?.fetchCount).toBe(2);
    advanceTo(25 * HOUR);
    await pass(accountId);
    expect(await row()).toMatchObject({ fetchCount: 3, nextFetchAt: at(28 * HOUR) });
    advanceTo(28 * HOUR + 60_000);
    await pass(accountId);
    expect(await row()).toMatchObject({ fetchCount: 4, nextFetchAt: at(32 * HOUR) });
    advanceTo(30 * DAY - HOUR);
    await pass(accountId);
    expect(await row()).toMatchObject({ fetchCount: 5, nextFetchAt: at(30 * DAY), rewardFinal: true });
    advanceTo(30 * DAY + 60_000);
    await pass(accountId);
    expect(await row()).toMatchObject({ fetchCount: 6, nextFetchAt: TRACKING_FINISHED_AT });
    advanceTo(36 * DAY);
    await pass(accountId);
    expect((await row())?.fetchCount).toBe(6);
    const snapshots = await snapshotsOf([targetId]);
    expect(snapshots.map((snapshot) => snapshot.dueAt.getTime() - publishedAt.getTime())).toEqual([0, HOUR, 2 * HOUR, 28 * HOUR, 32 * HOUR, 30 * DAY]);
    // Sandbox counts are known; what it does not report stays unknown.
    expect(snapshots.at(-1)).toMatchObject({ quotes: null, saves: null, clicks: null, reach: null, estimatedImpressions: null });
    expect((await row())?.reward).not.toBeNull();
    // One audience snapshot per pass hour, followers as the simulated audience has them.
    const audience = await t.connection.db.select().from(accountSnapshots).where(eq(accountSnapshots.socialAccountId, accountId));
    expect(audience.length).toBeGreaterThanOrEqual(6);
    expect(new Set(audience.map((snapshot) => snapshot.followers)).size).toBe(1);
  }, 60_000);
});
