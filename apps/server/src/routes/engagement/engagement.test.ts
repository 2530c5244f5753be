import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSnapshots, postEngagement, postMetricSnapshots, postTargets, posts, sandboxPosts } from '@socialseed/db/schema/index';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { connectSandboxAccount, createBrand } from '../../testing/fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let owner: RegisteredUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'History Org' });
}, 60_000);
afterAll(async () => t.close());

const headers = () => authHeaders(owner.accessToken, owner.organizationId);
const seed = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/analytics/sandbox-history', headers: headers(), payload });

describe('POST /api/v1/analytics/sync', () => {
  it("queues a forced engagement.sync of the organization and answers 202 with the job's id", async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/analytics/sync', headers: headers() });
    expect(response.statusCode, response.body).toBe(202);
    const { jobId, status } = response.json() as { jobId: string; status: string };
    expect(status).toBe('queued');
    expect(t.writtenJobs).toContainEqual(expect.objectContaining({ id: jobId, name: 'engagement.sync', data: { organizationId: owner.organizationId, force: true } }));
  });
});

describe('POST /api/v1/analytics/sandbox-history', () => {
  it('refuses a brand without a Sandbox account, or not in the organization, naming brandId', async () => {
    expectFieldError(await seed({ brandId: await createBrand(t.app, owner, 'No Sandbox') }), 400, 'brandId');
    expectFieldError(await seed({ brandId: '00000000-0000-4000-8000-000000000009' }), 400, 'brandId');
    expectFieldError(await seed({ brandId: await createBrand(t.app, owner), postsPerDay: 7 }), 400, 'postsPerDay');
  });

  it('publishes backdated, labelled posts on the Sandbox, measures them day by day, and is labelled simulated', async () => {
    const { accountId, brandId } = await connectSandboxAccount(t.app, owner);
    const response = await seed({ brandId, days: 7, postsPerDay: 2 });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ simulated: true, created: true, brandId, posts: 14, accounts: [{ id: accountId }] });
    expect(body.note).toMatch(/simulated/i);

    const history = await t.connection.db.select().from(posts).where(eq(posts.brandId, brandId));
    expect(history).toHaveLength(14);
    expect(history.every((post) => post.status === 'published' && post.tags.includes('sandbox-history'))).toBe(true);
    expect(new Set(history.map((post) => post.labels?.tone)).size).toBeGreaterThan(2);
    expect(new Set(history.map((post) => post.labels?.format)).size).toBeGreaterThan(1);

    const targets = await t.connection.db.select().from(postTargets).where(inArray(postTargets.postId, history.map((post) => post.id)));
    const startOfToday = Math.floor(Date.now() / 86_400_000) * 86_400_000;
    for (const target of targets) {
      expect(target.status).toBe('published');
      expect(target.publishedAt?.getTime()).toBeLessThan(startOfToday);
      const [onSandbox] = await t.connection.db.select().from(sandboxPosts).where(eq(sandboxPosts.id, target.platformPostId ?? ''));
      expect(onSandbox?.createdAt).toEqual(target.publishedAt);
      expect(onSandbox?.tone).not.toBeNull();
    }

    const targetIds = targets.map((target) => target.id);
    const rows = await t.connection.db.select().from(postEngagement).where(inArray(postEngagement.targetId, targetIds));
    expect(rows).toHaveLength(14);
    expect(rows.filter((row) => row.reward !== null).length).toBeGreaterThan(10);
    // Replayed once per simulated day: the oldest posts have a week of snapshots, not one.
    const snapshots = await t.connection.db.select().from(postMetricSnapshots).where(inArray(postMetricSnapshots.targetId, targetIds));
    expect(snapshots.length).toBeGreaterThanOrEqual(14 * 3);
    const days = await t.connection.db.select().from(accountSnapshots).where(eq(accountSnapshots.socialAccountId, accountId));
    expect(days.length).toBeGreaterThanOrEqual(7);

    // A second call adds nothing.
    const again = await seed({ brandId, days: 7, postsPerDay: 2 });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ simulated: true, created: false, posts: 0 });
    expect(await t.connection.db.select().from(posts).where(and(eq(posts.brandId, brandId)))).toHaveLength(14);
  }, 60_000);
});
