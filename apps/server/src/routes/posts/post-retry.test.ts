import { eq } from 'drizzle-orm';
import { postTargets, socialAccounts } from '@socialseed/db/schema/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { createDraftPost } from '../../testing/fixtures';
import { createFailedDelivery } from '../../testing/post-fixtures';

let t: TestApp;
let owner: RegisteredUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Retry Org' });
});
afterAll(async () => t.close());

const call = (method: 'GET' | 'POST', url: string) => t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(owner.accessToken, owner.organizationId) });

describe('POST /posts/:id/targets/:targetId/retry', () => {
  it('sends a failed delivery again: scheduled and due now, attempts reset, error kept, a fresh job, the post rolled up', async () => {
    const { postId, targetId } = await createFailedDelivery(t, owner, 'Try me again');
    const before = Date.now();
    const jobsBefore = t.writtenJobs.length;
    const response = await call('POST', `/posts/${postId}/targets/${targetId}/retry`);
    expect(response.statusCode, response.body).toBe(200);
    const post = response.json().post;
    // One target, now on its way again: the roll-up says publishing, as for any post in flight.
    expect(post.status).toBe('publishing');
    expect(post.targets).toEqual([
      expect.objectContaining({ id: targetId, status: 'scheduled', attempts: 0, lastErrorKind: 'rejected', lastErrorMessage: 'Sandbox: 400 duplicate content' }),
    ]);
    const due = new Date(post.targets[0].nextAttemptAt).getTime();
    expect(due).toBeGreaterThanOrEqual(before - 1000);
    expect(due).toBeLessThanOrEqual(Date.now());
    expect(t.writtenJobs.slice(jobsBefore)).toEqual([expect.objectContaining({ name: 'publish.target', data: { targetId } })]);

    const audit = await call('GET', '/admin/audit-logs?action=post.target_retried');
    expect(audit.json().items).toEqual([
      expect.objectContaining({ entityId: postId, oldValues: expect.objectContaining({ targetId, status: 'failed' }), newValues: expect.objectContaining({ status: 'scheduled' }) }),
    ]);

    // It is on its way now, so a second retry is a conflict, and writes no job.
    const again = await call('POST', `/posts/${postId}/targets/${targetId}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details).toEqual({ status: 'scheduled' });
    expect(t.writtenJobs.length).toBe(jobsBefore + 1);
  });

  it('retries a held delivery only once its account works again', async () => {
    const { postId, targetId, accountId } = await createFailedDelivery(t, owner);
    await t.connection.db.update(postTargets).set({ status: 'held', lastErrorKind: 'reconnect' }).where(eq(postTargets.id, targetId));
    await t.connection.db.update(socialAccounts).set({ status: 'needs_reconnect' }).where(eq(socialAccounts.id, accountId));
    const refused = await call('POST', `/posts/${postId}/targets/${targetId}/retry`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.userMessage).toMatch(/Reconnect the account first/);

    await t.connection.db.update(socialAccounts).set({ status: 'active' }).where(eq(socialAccounts.id, accountId));
    const retried = await call('POST', `/posts/${postId}/targets/${targetId}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json().post.targets[0]).toMatchObject({ id: targetId, status: 'scheduled', attempts: 0 });
  });

  it('answers 409 for a target that did not fail and 404 for a target of another post or none at all', async () => {
    const { postId: draftId } = await createDraftPost(t.app, owner);
    const [pending] = await t.context.core.uow.targets.listForPost(draftId);
    const notFailed = await call('POST', `/posts/${draftId}/targets/${pending?.id}/retry`);
    expect(notFailed.statusCode).toBe(409);
    expect(notFailed.json().error.details).toEqual({ status: 'pending' });

    const { postId, targetId } = await createFailedDelivery(t, owner);
    expect((await call('POST', `/posts/${draftId}/targets/${targetId}/retry`)).statusCode).toBe(404);
    expect((await call('POST', `/posts/${postId}/targets/00000000-0000-4000-8000-000000000123/retry`)).statusCode).toBe(404);
    expect((await call('GET', `/posts/${postId}`)).json().post.targets[0].status).toBe('failed');
  });
});
