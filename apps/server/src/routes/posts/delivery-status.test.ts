import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { createApprovedPost } from '../../testing/fixtures';

const ALERT_AFTER_SECONDS = 600;
let t: TestApp;
let owner: RegisteredUser;
let neighbour: RegisteredUser;

// No worker runs in API tests: a post published now stays due, as when an install runs no worker.
beforeAll(async () => {
  t = await createTestApp({ DELIVERY_STALL_ALERT_SECONDS: String(ALERT_AFTER_SECONDS) });
  owner = await registerUser(t.app, { organizationName: 'Stalled Org' });
  neighbour = await registerUser(t.app, { organizationName: 'Neighbour Org' });
}, 60_000);
afterAll(async () => t.close());

const statusOf = async (user: RegisteredUser) => {
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/posts/delivery-status', headers: authHeaders(user.accessToken, user.organizationId) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { overdue: number; oldestDueAt: string | null; alertAfterSeconds: number };
};

describe('stalled deliveries are reported, never silent', () => {
  it('counts a post still unsent past the alert time for its organization only, in health and in the metrics, until it is dealt with', async () => {
    const { postId } = await createApprovedPost(t.app, owner, 'Nobody is running a worker');
    const published = await t.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/publish`, headers: authHeaders(owner.accessToken, owner.organizationId) });
    expect(published.statusCode, published.body).toBe(200);
    const dueAt = new Date(published.json().post.targets[0].nextAttemptAt as string);

    // Due, but not yet late enough to call it stalled.
    expect(await statusOf(owner)).toEqual({ overdue: 0, oldestDueAt: null, alertAfterSeconds: ALERT_AFTER_SECONDS });

    t.clock.advance((ALERT_AFTER_SECONDS + 60) * 1000);
    const stalled = await statusOf(owner);
    expect(stalled).toMatchObject({ overdue: 1, alertAfterSeconds: ALERT_AFTER_SECONDS });
    expect(new Date(stalled.oldestDueAt ?? 0).getTime()).toBe(dueAt.getTime());
    expect((await statusOf(neighbour)).overdue).toBe(0);

    const health = (await t.app.inject({ method: 'GET', url: '/api/health' })).json();
    expect(health.delivery.overdue).toBe(1);
    expect(health.delivery.oldestOverdueSeconds).toBeGreaterThanOrEqual(ALERT_AFTER_SECONDS + 60);
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/^delivery_overdue_targets 1$/m);

    expect((await t.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/cancel`, headers: authHeaders(owner.accessToken, owner.organizationId) })).statusCode).toBe(200);
    expect((await statusOf(owner)).overdue).toBe(0);
  });
});
