import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { addMember, connectSandboxAccount, createApprovedPost, uploadImage } from '../../testing/fixtures';

let t: TestApp;
let owner: RegisteredUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Library Org' });
});
afterAll(async () => t.close());

const call = (user: RegisteredUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(user.accessToken, owner.organizationId), ...(payload ? { payload } : {}) });

const contentOf = (post: { text: string; mediaIds: string[]; tags: string[]; priority: string; targets: Array<{ socialAccountId: string; text: string | null; mediaIds: string[] | null; asThread: boolean }> }) => ({
  text: post.text,
  mediaIds: post.mediaIds,
  tags: post.tags,
  priority: post.priority,
  targets: post.targets.map(({ socialAccountId, text, mediaIds, asThread }) => ({ socialAccountId, text, mediaIds, asThread })),
});

async function auditActions(action: string) {
  const response = await call(owner, 'GET', `/admin/audit-logs?action=${action}&limit=100`);
  return response.json().items as Array<{ entityId: string; newValues: Record<string, unknown> }>;
}

describe('POST /posts/:id/duplicate', () => {
  it('makes a new draft, version 1, with the same content, accounts and overrides; the original is untouched', async () => {
    const { accountId: first, brandId } = await connectSandboxAccount(t.app, owner);
    const { accountId: second } = await connectSandboxAccount(t.app, owner, brandId);
    const image = await uploadImage(t.app, owner);
    const created = await call(owner, 'POST', '/posts', {
      brandId,
      text: 'Worth saying twice',
      mediaIds: [image],
      tags: ['evergreen'],
      priority: 'urgent',
      accountIds: [first, second],
      overrides: [{ accountId: second, text: 'Shorter', asThread: true }],
    });
    const original = created.json().post;
    await call(owner, 'POST', `/posts/${original.id}/submit`);
    await call(owner, 'POST', `/posts/${original.id}/schedule`, { scheduledAt: new Date(Date.now() + 3_600_000).toISOString() });

    const response = await call(owner, 'POST', `/posts/${original.id}/duplicate`);
    expect(response.statusCode, response.body).toBe(201);
    const copy = response.json().post;
    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({ status: 'draft', version: 1, scheduledAt: null, brandId, createdByUserId: owner.user.id });
    expect(contentOf(copy)).toEqual(contentOf(original));
    expect(copy.targets.every((target: { status: string }) => target.status === 'pending')).toBe(true);

    const source = await call(owner, 'GET', `/posts/${original.id}`);
    expect(source.json().post).toMatchObject({ status: 'scheduled', version: 1 });
    const detail = await call(owner, 'GET', `/posts/${copy.id}`);
    expect(detail.json().post.versions).toEqual([expect.objectContaining({ version: 1, snapshot: expect.objectContaining({ text: 'Worth saying twice', accountIds: [first, second] }) })]);
    expect(await auditActions('post.duplicated')).toEqual([expect.objectContaining({ entityId: copy.id, newValues: expect.objectContaining({ sourcePostId: original.id }) })]);
  });

  it('names an image deleted since the original went out, instead of copying a reference to nothing', async () => {
    const { accountId, brandId } = await connectSandboxAccount(t.app, owner);
    const image = await uploadImage(t.app, owner);
    const original = (await call(owner, 'POST', '/posts', { brandId, text: 'With a picture that is gone now', mediaIds: [image], accountIds: [accountId] })).json().post;
    expect((await call(owner, 'POST', `/posts/${original.id}/cancel`)).statusCode).toBe(200);
    // A cancelled post no longer keeps its image from being deleted.
    expect((await call(owner, 'DELETE', `/media/${image}`)).statusCode).toBe(204);
    expectFieldError(await call(owner, 'POST', `/posts/${original.id}/duplicate`), 400, 'mediaIds.0');
  });

  it('answers 404 for an unknown post and 403 for a viewer', async () => {
    expect((await call(owner, 'POST', '/posts/00000000-0000-4000-8000-000000000042/duplicate')).statusCode).toBe(404);
    const viewer = await addMember(t, owner, 'viewer');
    const { postId } = await createApprovedPost(t.app, owner);
    expect((await call(viewer, 'POST', `/posts/${postId}/duplicate`)).statusCode).toBe(403);
  });
});

describe('POST /posts/:id/versions/:version/restore', () => {
  it("brings back an old version's content, overrides included, as a new version", async () => {
    const { accountId: first, brandId } = await connectSandboxAccount(t.app, owner);
    const { accountId: second } = await connectSandboxAccount(t.app, owner, brandId);
    const created = await call(owner, 'POST', '/posts', {
      brandId,
      text: 'First words',
      tags: ['one'],
      accountIds: [first],
      overrides: [{ accountId: first, text: 'First, adapted' }],
    });
    const postId = created.json().post.id;
    const edited = await call(owner, 'PUT', `/posts/${postId}`, { text: 'Second words', tags: ['two'], priority: 'low', accountIds: [first, second], overrides: [] });
    expect(edited.json().post.version).toBe(2);

    const restored = await call(owner, 'POST', `/posts/${postId}/versions/1/restore`);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json().post).toMatchObject({ version: 3, status: 'draft', text: 'First words', tags: ['one'], priority: 'normal' });
    expect(contentOf(restored.json().post).targets).toEqual([{ socialAccountId: first, text: 'First, adapted', mediaIds: null, asThread: false }]);
    const versions = (await call(owner, 'GET', `/posts/${postId}`)).json().post.versions;
    expect(versions.map((version: { version: number; snapshot: { text: string } }) => [version.version, version.snapshot.text])).toEqual([
      [3, 'First words'],
      [2, 'Second words'],
      [1, 'First words'],
    ]);
    expect(await auditActions('post.restored')).toEqual([expect.objectContaining({ entityId: postId, newValues: expect.objectContaining({ restoredVersion: 1, text: 'First words' }) })]);
  });

  it('follows the edit rules: approval is lost unless the restorer may approve; sent posts cannot be restored', async () => {
    const editor = await addMember(t, owner, 'editor');
    const { postId } = await createApprovedPost(t.app, owner, 'Approved words');
    await call(owner, 'PUT', `/posts/${postId}`, { text: 'Later words' });
    expect((await call(owner, 'POST', `/posts/${postId}/versions/1/restore`)).json().post).toMatchObject({ status: 'approved', text: 'Approved words' });
    expect((await call(editor, 'POST', `/posts/${postId}/versions/2/restore`)).json().post).toMatchObject({ status: 'draft', text: 'Later words', version: 4 });

    const { postId: scheduledId } = await createApprovedPost(t.app, owner);
    await call(owner, 'POST', `/posts/${scheduledId}/schedule`, { scheduledAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await call(owner, 'POST', `/posts/${scheduledId}/versions/1/restore`)).statusCode).toBe(409);
  });

  it('answers 404 for a version that does not exist and 400 when an account of that version was disconnected', async () => {
    const { postId, brandId, accountId } = await createApprovedPost(t.app, owner);
    expect((await call(owner, 'POST', `/posts/${postId}/versions/7/restore`)).statusCode).toBe(404);
    expectFieldError(await call(owner, 'POST', `/posts/${postId}/versions/0/restore`), 400, 'version');

    const { accountId: replacement } = await connectSandboxAccount(t.app, owner, brandId);
    await call(owner, 'PUT', `/posts/${postId}`, { accountIds: [replacement] });
    expect((await call(owner, 'DELETE', `/social-accounts/${accountId}`)).statusCode).toBe(204);
    const response = await call(owner, 'POST', `/posts/${postId}/versions/1/restore`);
    expectFieldError(response, 400, 'accountIds');
    expect(response.json().error.userMessage).toMatch(/One account it was going to was disconnected since version 1/);
    expect((await call(owner, 'GET', `/posts/${postId}`)).json().post.version).toBe(2);
  });
});

describe('OpenAPI', () => {
  it('documents the library, batch and retry endpoints', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths;
    expect(paths['/api/v1/posts/{id}/duplicate'].post).toBeDefined();
    expect(paths['/api/v1/posts/{id}/versions/{version}/restore'].post).toBeDefined();
    expect(paths['/api/v1/posts/{id}/preview'].get).toBeDefined();
    expect(paths['/api/v1/posts/{id}/targets/{targetId}/retry'].post).toBeDefined();
    expect(paths['/api/v1/posts/bulk-schedule'].post.requestBody.content['application/json'].schema.required).toEqual(['items']);
    expect(paths['/api/v1/posts/import'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['brandId', 'csv']));
  });
});
