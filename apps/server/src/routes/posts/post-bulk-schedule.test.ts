import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { connectSandboxAccount, createApprovedPost, createBrand, createDraftPost } from '../../testing/fixtures';

let t: TestApp;
let owner: RegisteredUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Bulk Org' });
});
afterAll(async () => t.close());

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(owner.accessToken, owner.organizationId), ...(payload ? { payload } : {}) });

async function approvedPostOn(brandId: string, accountId: string, text: string): Promise<string> {
  const created = await call('POST', '/posts', { brandId, text, accountIds: [accountId] });
  const postId = created.json().post.id;
  expect((await call('POST', `/posts/${postId}/submit`)).json().post.status).toBe('approved');
  return postId;
}

describe('POST /posts/bulk-schedule', () => {
  it('schedules each item on its own: good ones go through, bad ones say why, queued ones get distinct slots', async () => {
    const brandId = await createBrand(t.app, owner, 'Bulk Brand');
    const preferences = { postsPerWeek: 21, preferredDays: [], preferredHours: [9, 13, 17], timeZone: 'Europe/Berlin' };
    expect((await call('PUT', `/brands/${brandId}`, { preferences })).statusCode).toBe(200);
    const { accountId } = await connectSandboxAccount(t.app, owner, brandId);
    const atTime = await approvedPostOn(brandId, accountId, 'At a time');
    const queuedFirst = await approvedPostOn(brandId, accountId, 'Queued first');
    const queuedSecond = await approvedPostOn(brandId, accountId, 'Queued second');
    const { postId: draft } = await createDraftPost(t.app, owner);
    const inThePast = await approvedPostOn(brandId, accountId, 'Too late');
    const unknown = '00000000-0000-4000-8000-00000000b0b0';
    const when = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const jobsBefore = t.writtenJobs.length;

    const response = await call('POST', '/posts/bulk-schedule', {
      items: [
        { postId: atTime, scheduledAt: when },
        { postId: queuedFirst },
        { postId: draft, scheduledAt: when },
        { postId: unknown },
        { postId: inThePast, scheduledAt: '2020-01-01T09:00:00+01:00' },
        { postId: queuedSecond },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const results = response.json().results;
    expect(results.map((result: { postId: string; ok: boolean }) => [result.postId, result.ok])).toEqual([
      [atTime, true],
      [queuedFirst, true],
      [draft, false],
      [unknown, false],
      [inThePast, false],
      [queuedSecond, true],
    ]);
    expect(results[0].post).toMatchObject({ status: 'scheduled', scheduledAt: when, targets: [{ status: 'scheduled', scheduledAt: when }] });
    expect(results[2].error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/draft/) });
    expect(results[3].error).toMatchObject({ code: 'NOT_FOUND' });
    expect(results[4].error).toEqual({ code: 'VALIDATION_FAILED', message: expect.any(String), fields: [{ field: 'scheduledAt', message: 'Must not be in the past' }] });

    const [first, second] = [results[1].post.scheduledAt, results[5].post.scheduledAt];
    expect(first).not.toBe(second);
    for (const slot of [first, second]) {
      const berlinHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' }).format(new Date(slot)));
      expect([9, 13, 17]).toContain(berlinHour);
    }
    // One publish job per scheduled target, written with its post; none for the refused items.
    expect(t.writtenJobs.slice(jobsBefore).map((job) => job.data)).toEqual([results[0], results[1], results[5]].map((result) => ({ targetId: result.post.targets[0].id })));
    expect((await call('GET', `/posts/${draft}`)).json().post.status).toBe('draft');
    expect((await call('GET', `/posts/${inThePast}`)).json().post.status).toBe('approved');
  });

  it('answers a malformed body with a plain 400 naming the field', async () => {
    const { postId } = await createApprovedPost(t.app, owner);
    expectFieldError(await call('POST', '/posts/bulk-schedule', { items: [] }), 400, 'items');
    expectFieldError(await call('POST', '/posts/bulk-schedule', { items: [{ postId }, { postId }] }), 400, 'items.1.postId');
    expectFieldError(await call('POST', '/posts/bulk-schedule', { items: [{ postId: 'nope' }] }), 400, 'items.0.postId');
    expectFieldError(await call('POST', '/posts/bulk-schedule', { items: [{ postId, scheduledAt: '2030-01-01 09:00' }] }), 400, 'items.0.scheduledAt');
    const tooMany = Array.from({ length: 101 }, (_, index) => ({ postId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` }));
    expectFieldError(await call('POST', '/posts/bulk-schedule', { items: tooMany }), 400, 'items');
    expect((await call('GET', `/posts/${postId}`)).json().post.status).toBe('approved');
  });
});
