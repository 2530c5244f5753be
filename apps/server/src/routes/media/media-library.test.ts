import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest } from '@socialseed/core/publishing/delivery/build-request';
import { assertMediaInOrganization } from '@socialseed/core/publishing/post-access';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { addMember, connectSandboxAccount, createBrand, multipartFile } from '../../testing/fixtures';
import { makePng } from './png-fixture';

let t: TestApp;
let outsider: RegisteredUser;

beforeAll(async () => {
  t = await createTestApp();
  outsider = await registerUser(t.app, { organizationName: 'Prying Media Org' });
});
afterAll(async () => t.close());

/** Each test gets its own organization, so lists and totals count only what the test uploaded. */
const freshOwner = () => registerUser(t.app, { organizationName: 'Library Org' });

function call(user: RegisteredUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(user.accessToken, user.organizationId), ...(payload ? { payload } : {}) });
}

async function upload(user: RegisteredUser, png: Buffer): Promise<string> {
  const body = multipartFile(png);
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/media', headers: { ...authHeaders(user.accessToken, user.organizationId), ...body.headers }, payload: body.payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().media.id;
}

describe('list', () => {
  it("pages the organization's media newest first, in the upload response's shape", async () => {
    const owner = await freshOwner();
    const ids = [await upload(owner, makePng(1, 1)), await upload(owner, makePng(2, 2)), await upload(owner, makePng(3, 3))];
    await upload(outsider, makePng(4, 4));
    const viewer = await addMember(t, owner, 'viewer');
    const first = await call(viewer, 'GET', '/media?page=1&limit=2');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ page: 1, limit: 2, total: 3 });
    expect(first.json().items.map((item: { id: string }) => item.id)).toEqual([ids[2], ids[1]]);
    expect(first.json().items[0]).toEqual({
      id: ids[2],
      kind: 'image',
      mimeType: 'image/png',
      sizeBytes: makePng(3, 3).length,
      width: 3,
      height: 3,
      durationMs: null,
      altText: null,
      url: `/api/v1/media/${ids[2]}/content`,
      createdAt: expect.any(String),
    });
    const second = await call(viewer, 'GET', '/media?page=2&limit=2');
    expect(second.json().items.map((item: { id: string }) => item.id)).toEqual([ids[0]]);
  });

  it('answers 400 naming the query field for a bad page size', async () => {
    const owner = await freshOwner();
    expectFieldError(await call(owner, 'GET', '/media?limit=0'), 400, 'limit');
    expectFieldError(await call(owner, 'GET', '/media?page=first'), 400, 'page');
  });
});

describe('storage usage', () => {
  it("sums the organization's bytes and assets, and nobody else's", async () => {
    const owner = await freshOwner();
    expect((await call(owner, 'GET', '/media/storage-usage')).json()).toEqual({ bytes: 0, count: 0 });
    const a = makePng(10, 10);
    const b = makePng(20, 5);
    await upload(owner, a);
    await upload(owner, b);
    await upload(outsider, makePng(30, 30));
    const response = await call(owner, 'GET', '/media/storage-usage');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ bytes: a.length + b.length, count: 2 });
  });
});

describe('delete', () => {
  it('removes the asset and its bytes, with an audit entry', async () => {
    const owner = await freshOwner();
    const id = await upload(owner, makePng(2, 2));
    const response = await call(owner, 'DELETE', `/media/${id}`);
    expect(response.statusCode, response.body).toBe(204);
    expect((await call(owner, 'GET', `/media/${id}/content`)).statusCode).toBe(404);
    expect((await call(owner, 'GET', '/media/storage-usage')).json()).toEqual({ bytes: 0, count: 0 });
    expect((await call(owner, 'DELETE', `/media/${id}`)).statusCode).toBe(404);
    const audit = await t.context.core.uow.auditLogs.list(owner.organizationId, { action: 'media.deleted' }, { page: 1, limit: 10 });
    expect(audit.items.map((row) => row.entityId)).toEqual([id]);
  });

  it("answers 404 for another organization's media and leaves it in place", async () => {
    const owner = await freshOwner();
    const id = await upload(owner, makePng(2, 2));
    expect((await call(outsider, 'DELETE', `/media/${id}`)).statusCode).toBe(404);
    expect((await call(owner, 'GET', `/media/${id}/content`)).statusCode).toBe(200);
  });

  it("refuses with 409 naming the brand while the asset is a brand's logo", async () => {
    const owner = await freshOwner();
    const id = await upload(owner, makePng(2, 2));
    const brandId = await createBrand(t.app, owner, 'Logo Brand');
    expect((await call(owner, 'PUT', `/brands/${brandId}`, { logoMediaId: id })).statusCode).toBe(200);
    const response = await call(owner, 'DELETE', `/media/${id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'CONFLICT', details: { uses: [{ kind: 'brand_logo', id: brandId, label: 'Logo Brand' }] } });
    expect(response.json().error.userMessage).toContain('Logo Brand');
    expect((await call(owner, 'GET', `/media/${id}/content`)).statusCode).toBe(200);
    expect((await call(owner, 'PUT', `/brands/${brandId}`, { logoMediaId: null })).statusCode).toBe(200);
    expect((await call(owner, 'DELETE', `/media/${id}`)).statusCode).toBe(204);
  });

  it('refuses with 409 while a post not yet published or cancelled carries it, then allows it once cancelled', async () => {
    const owner = await freshOwner();
    const id = await upload(owner, makePng(2, 2));
    const { accountId, brandId } = await connectSandboxAccount(t.app, owner);
    const created = await call(owner, 'POST', '/posts', { brandId, text: 'With an image', accountIds: [accountId], mediaIds: [id] });
    expect(created.statusCode, created.body).toBe(201);
    const postId = created.json().post.id;
    const refused = await call(owner, 'DELETE', `/media/${id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.uses).toEqual([{ kind: 'post', id: postId, label: 'draft' }]);
    expect((await call(owner, 'POST', `/posts/${postId}/cancel`)).statusCode).toBe(200);
    expect((await call(owner, 'DELETE', `/media/${id}`)).statusCode).toBe(204);
  });

  it('a delete racing a post that is attaching the image waits for it, then refuses: the post never loses its image', async () => {
    const owner = await freshOwner();
    const id = await upload(owner, makePng(2, 2));
    const brandId = await createBrand(t.app, owner);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // A post being created with the image: checked (and locked) first, written a moment later.
    const attaching = t.context.core.uow.transaction(async (repos) => {
      await assertMediaInOrganization(repos, owner.organizationId, [id]);
      await held;
      return repos.posts.create({ organizationId: owner.organizationId, brandId, text: 'Attached while deleting', mediaIds: [id], tags: [], priority: 'normal', createdByUserId: owner.user.id });
    });
    let deleteSettled = false;
    const deleting = call(owner, 'DELETE', `/media/${id}`).finally(() => (deleteSettled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(deleteSettled).toBe(false);
    release();
    const post = await attaching;
    const refused = await deleting;
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.details.uses).toEqual([{ kind: 'post', id: post.id, label: 'draft' }]);
    expect((await call(owner, 'GET', `/media/${id}/content`)).statusCode).toBe(200);
  });

  it("refuses with 409 while only one account's own media (a target override) carries it", async () => {
    const owner = await freshOwner();
    const id = await upload(owner, makePng(2, 2));
    const { accountId, brandId } = await connectSandboxAccount(t.app, owner);
    const created = await call(owner, 'POST', '/posts', { brandId, text: 'Text only', accountIds: [accountId], overrides: [{ accountId, mediaIds: [id] }] });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().post.mediaIds).toEqual([]);
    const refused = await call(owner, 'DELETE', `/media/${id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.uses).toEqual([{ kind: 'post', id: created.json().post.id, label: 'draft' }]);
  });

  it('is refused to viewers', async () => {
    const owner = await freshOwner();
    const id = await upload(owner, makePng(2, 2));
    const viewer = await addMember(t, owner, 'viewer');
    expect((await call(viewer, 'DELETE', `/media/${id}`)).statusCode).toBe(403);
  });
});

describe('optimize', () => {
  it('reports what each platform would receive, fitted as delivery fits it, without storing anything', async () => {
    const owner = await freshOwner();
    const png = makePng(5000, 10);
    const id = await upload(owner, png);
    const response = await call(owner, 'POST', `/media/${id}/optimize`, { platforms: ['sandbox', 'x', 'bluesky'] });
    expect(response.statusCode, response.body).toBe(200);
    const [sandbox, x, bluesky] = response.json().renditions;
    expect(sandbox).toEqual({ platform: 'sandbox', mimeType: 'image/png', width: 5000, height: 10, sizeBytes: png.length, changed: false, problem: null });
    // X takes at most 4096 px a side, Bluesky 2000: both get a smaller image of the same shape.
    // (The processor keeps the aspect ratio inside the box, so the width may land below the cap.)
    expect(x).toMatchObject({ platform: 'x', changed: true, problem: null });
    expect(x.width).toBeLessThanOrEqual(4096);
    expect(x.width).toBeGreaterThan(2000);
    expect(bluesky).toMatchObject({ platform: 'bluesky', changed: true, problem: null });
    expect(bluesky.width).toBeLessThanOrEqual(2000);
    expect(bluesky.width / bluesky.height).toBeCloseTo(500, -2);
    expect(bluesky.sizeBytes).toBeLessThanOrEqual(1_000_000);
    expect(['image/png', 'image/jpeg']).toContain(bluesky.mimeType);
    expect((await call(owner, 'GET', '/media/storage-usage')).json()).toEqual({ bytes: png.length, count: 1 });
  });

  it("answers 404 for another organization's media", async () => {
    const owner = await freshOwner();
    const id = await upload(owner, makePng(2, 2));
    expect((await call(outsider, 'POST', `/media/${id}/optimize`, { platforms: ['x'] })).statusCode).toBe(404);
  });

  it('answers 400 naming the field for missing or unknown platforms', async () => {
    const owner = await freshOwner();
    const id = await upload(owner, makePng(2, 2));
    expectFieldError(await call(owner, 'POST', `/media/${id}/optimize`, { platforms: [] }), 400, 'platforms');
    expectFieldError(await call(owner, 'POST', `/media/${id}/optimize`, {}), 400, 'platforms');
    expectFieldError(await call(owner, 'POST', `/media/${id}/optimize`, { platforms: ['myspace'] }), 400, 'platforms.0');
  });
});

describe('alt text', () => {
  it('is written, shown, cleared by an empty string, audited, and is what delivery sends with the image', async () => {
    const owner = await freshOwner();
    const mediaId = await upload(owner, makePng(8, 8));
    const saved = await call(owner, 'PUT', `/media/${mediaId}`, { altText: '  Our team at the launch  ' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().media).toMatchObject({ id: mediaId, altText: 'Our team at the launch' });
    expect((await call(owner, 'GET', '/media')).json().items[0].altText).toBe('Our team at the launch');
    expect((await call(owner, 'GET', `/media/${mediaId}`)).json().media).toMatchObject({ id: mediaId, altText: 'Our team at the launch' });
    expect((await call(outsider, 'GET', `/media/${mediaId}`)).statusCode).toBe(404);

    const { accountId, brandId } = await connectSandboxAccount(t.app, owner);
    const created = await call(owner, 'POST', '/posts', { brandId, text: 'Launch day', accountIds: [accountId], mediaIds: [mediaId] });
    const post = await t.context.core.uow.posts.findById(owner.organizationId, created.json().post.id);
    const [target] = await t.context.core.uow.targets.listForPost(created.json().post.id);
    if (!post || !target) throw new Error('post not created');
    const request = await buildRequest(t.context.core.uow, post, target);
    expect(request.media.map((item) => item.altText)).toEqual(['Our team at the launch']);

    expect((await call(owner, 'PUT', `/media/${mediaId}`, { altText: '' })).json().media.altText).toBeNull();
    const audit = await call(owner, 'GET', '/admin/audit-logs?action=media.updated');
    expect(audit.json().items).toHaveLength(2);
  });

  it('is limited to 1,500 characters, and only uploaders of this organization may write it', async () => {
    const owner = await freshOwner();
    const mediaId = await upload(owner, makePng(9, 9));
    expectFieldError(await call(owner, 'PUT', `/media/${mediaId}`, { altText: 'x'.repeat(1501) }), 400, 'altText');
    const viewer = await addMember(t, owner, 'viewer');
    expect((await call(viewer, 'PUT', `/media/${mediaId}`, { altText: 'no' })).statusCode).toBe(403);
    expect((await call(outsider, 'PUT', `/media/${mediaId}`, { altText: 'no' })).statusCode).toBe(404);
  });
});
