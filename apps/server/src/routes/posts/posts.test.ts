import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { addMember, connectSandboxAccount, createApprovedPost, createBrand, createDraftPost } from '../../testing/fixtures';

let t: TestApp;
let owner: RegisteredUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Posting Org' });
});
afterAll(async () => t.close());

const call = (user: RegisteredUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(user.accessToken, owner.organizationId), ...(payload ? { payload } : {}) });

describe('approval workflow', () => {
  it("sends an editor's post for approval; a manager approves it; then it can be scheduled", async () => {
    const editor = await addMember(t, owner, 'editor');
    const manager = await addMember(t, owner, 'manager');
    const { accountId, brandId } = await connectSandboxAccount(t.app, owner);
    const created = await call(editor, 'POST', '/posts', { brandId, text: 'Our Q3 report is out', accountIds: [accountId], tags: ['reports'] });
    expect(created.statusCode, created.body).toBe(201);
    const postId = created.json().post.id;
    expect(created.json().post).toMatchObject({ status: 'draft', version: 1, targets: [{ socialAccountId: accountId, status: 'pending', platform: 'sandbox' }] });

    expect((await call(editor, 'POST', `/posts/${postId}/submit`)).json().post.status).toBe('pending_approval');
    expect((await call(editor, 'POST', `/posts/${postId}/approve`)).statusCode).toBe(403);
    expect((await call(editor, 'POST', `/posts/${postId}/schedule`, { scheduledAt: new Date(Date.now() + 3_600_000).toISOString() })).statusCode).toBe(409);
    expect((await call(manager, 'POST', `/posts/${postId}/approve`)).json().post.status).toBe('approved');

    const scheduledAt = new Date(Date.now() + 3_600_000).toISOString();
    const jobsBefore = t.writtenJobs.length;
    const scheduled = await call(editor, 'POST', `/posts/${postId}/schedule`, { scheduledAt });
    expect(scheduled.json().post).toMatchObject({ status: 'scheduled', scheduledAt, targets: [{ status: 'scheduled', scheduledAt }] });
    // The target's job was written in the same transaction, due at the scheduled time.
    expect(t.writtenJobs.slice(jobsBefore)).toEqual([
      expect.objectContaining({ name: 'publish.target', data: { targetId: scheduled.json().post.targets[0].id }, startAfter: new Date(scheduledAt) }),
    ]);
  });

  it('rejects with a comment, and editing a rejected post makes it a draft again with a new version', async () => {
    const { postId } = await createApprovedPost(t.app, owner, 'First words');
    const rejected = await call(owner, 'POST', `/posts/${postId}/reject`, { comment: 'Too salesy' });
    expect(rejected.json().post).toMatchObject({ status: 'rejected', reviewComment: 'Too salesy' });
    const edited = await call(owner, 'PUT', `/posts/${postId}`, { text: 'Better words' });
    expect(edited.json().post).toMatchObject({ status: 'draft', text: 'Better words', version: 2 });
    const detail = await call(owner, 'GET', `/posts/${postId}`);
    expect(detail.json().post.versions.map((version: { version: number; snapshot: { text: string } }) => [version.version, version.snapshot.text])).toEqual([
      [2, 'Better words'],
      [1, 'First words'],
    ]);
  });

  it('cancels a scheduled post: its targets are cancelled and it never goes out', async () => {
    const { postId } = await createApprovedPost(t.app, owner);
    await call(owner, 'POST', `/posts/${postId}/schedule`, { scheduledAt: new Date(Date.now() + 3_600_000).toISOString() });
    const cancelled = await call(owner, 'POST', `/posts/${postId}/cancel`);
    expect(cancelled.json().post).toMatchObject({ status: 'cancelled', targets: [{ status: 'cancelled' }] });
  });
});

describe('validation', () => {
  it("refuses accounts of another brand, another organization's media and scheduling in the past", async () => {
    const brandA = await createBrand(t.app, owner, 'Brand A');
    const { accountId: accountOfB } = await connectSandboxAccount(t.app, owner);
    expectFieldError(await call(owner, 'POST', '/posts', { brandId: brandA, text: 'x', accountIds: [accountOfB] }), 400, 'accountIds.0');
    expectFieldError(await call(owner, 'POST', '/posts', { brandId: brandA, text: 'x', mediaIds: ['00000000-0000-4000-8000-000000000009'] }), 400, 'mediaIds.0');
    const { postId } = await createApprovedPost(t.app, owner);
    expectFieldError(await call(owner, 'POST', `/posts/${postId}/schedule`, { scheduledAt: '2020-01-01T00:00:00Z' }), 400, 'scheduledAt');
  });

  it('refuses to schedule a post with no account to publish to', async () => {
    const brandId = await createBrand(t.app, owner);
    const created = await call(owner, 'POST', '/posts', { brandId, text: 'Nowhere to go' });
    const postId = created.json().post.id;
    await call(owner, 'POST', `/posts/${postId}/submit`);
    expectFieldError(await call(owner, 'POST', `/posts/${postId}/publish`), 400, 'accountIds');
  });
});

describe('add to queue', () => {
  it("schedules into the brand's next free slot in its time zone, one after another", async () => {
    const brandId = await createBrand(t.app, owner, 'Queued Brand');
    const preferences = { postsPerWeek: 14, preferredDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], preferredHours: [9, 15], timeZone: 'Asia/Tokyo' };
    expect((await call(owner, 'PUT', `/brands/${brandId}`, { preferences })).statusCode).toBe(200);
    const { accountId } = await connectSandboxAccount(t.app, owner, brandId);
    const queued: string[] = [];
    for (const text of ['First in line', 'Second in line']) {
      const created = await call(owner, 'POST', '/posts', { brandId, text, accountIds: [accountId] });
      const postId = created.json().post.id;
      await call(owner, 'POST', `/posts/${postId}/submit`);
      const response = await call(owner, 'POST', `/posts/${postId}/queue`);
      expect(response.json().post.status).toBe('scheduled');
      queued.push(response.json().post.scheduledAt);
    }
    const tokyoHours = queued.map((iso) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', hourCycle: 'h23' }).format(new Date(iso))));
    expect(tokyoHours.every((hour) => hour === 9 || hour === 15)).toBe(true);
    expect(new Date(queued[1] ?? '').getTime()).toBeGreaterThan(new Date(queued[0] ?? '').getTime());
  });

  it('asks for posting preferences when the brand has none', async () => {
    const { postId } = await createApprovedPost(t.app, owner);
    const response = await call(owner, 'POST', `/posts/${postId}/queue`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.userMessage).toMatch(/posting days, hours and time zone/);
  });
});

describe('library and calendar', () => {
  it('filters by status, tag and text, and shows scheduled posts in the calendar window', async () => {
    const { postId } = await createDraftPost(t.app, owner, 'Unique needle text');
    await call(owner, 'PUT', `/posts/${postId}`, { tags: ['needle'] });
    const byTag = await call(owner, 'GET', '/posts?tag=needle');
    expect(byTag.json().items.map((post: { id: string }) => post.id)).toEqual([postId]);
    const bySearch = await call(owner, 'GET', '/posts?search=needle%20text');
    expect(bySearch.json().items.map((post: { id: string }) => post.id)).toEqual([postId]);

    const { postId: scheduledId } = await createApprovedPost(t.app, owner);
    const when = new Date(Date.now() + 2 * 86_400_000);
    await call(owner, 'POST', `/posts/${scheduledId}/schedule`, { scheduledAt: when.toISOString() });
    const from = new Date(when.getTime() - 3_600_000).toISOString();
    const to = new Date(when.getTime() + 3_600_000).toISOString();
    const calendar = await call(owner, 'GET', `/posts/calendar?from=${from}&to=${to}`);
    expect(calendar.json().items.map((post: { id: string }) => post.id)).toEqual([scheduledId]);
    expectFieldError(await call(owner, 'GET', `/posts/calendar?from=${to}&to=${from}`), 400, 'to');
  });
});
