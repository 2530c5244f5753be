import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '@socialseed/core/notifications/notify';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { addMember, createBrand } from '../../testing/fixtures';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { insertNotification } from '../../testing/notification-fixtures';

let t: TestApp;
let owner: RegisteredUser;
let brandId: string;

const get = (url: string, user = owner) => t.app.inject({ method: 'GET', url, headers: authHeaders(user.accessToken, owner.organizationId) });
const post = (url: string, payload?: object, user = owner) =>
  t.app.inject({ method: 'POST', url, headers: authHeaders(user.accessToken, owner.organizationId), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
  brandId = await createBrand(t.app, owner, 'Bell Brand');
}, 60_000);
afterAll(async () => t?.close());

describe('notify', () => {
  it('writes a notification once per dedupe key', async () => {
    const input = { organizationId: owner.organizationId, brandId, kind: 'post.viral', title: 'Taking off', body: 'Once', link: '/posts/x', data: { ratio: 4 }, dedupeKey: 'viral:once' };
    const first = await notify(t.context.core.uow, input);
    expect(first).toMatchObject({ kind: 'post.viral', title: 'Taking off', data: { ratio: 4 }, readAt: null });
    expect(await notify(t.context.core.uow, { ...input, title: 'Again' })).toBeNull();
    const page = (await get(`/api/v1/notifications?brandId=${brandId}`)).json();
    expect(page.items.filter((item: { title: string }) => item.title === 'Again')).toEqual([]);
  });
});

describe('notifications API', () => {
  let ids: string[];

  beforeAll(async () => {
    ids = [];
    for (const title of ['First', 'Second']) {
      ids.push(await insertNotification(t, owner.organizationId, { brandId, title }));
      t.clock.advance(1000);
    }
    ids.push(await insertNotification(t, owner.organizationId, { brandId: null, title: 'Organization-wide' }));
  });

  it('lists newest first with the unread count, filtered by brand and by unread', async () => {
    const all = (await get('/api/v1/notifications')).json();
    expect(all).toMatchObject({ total: 4, unread: 4, page: 1, limit: 20 });
    expect(all.items.slice(0, 3).map((item: { title: string }) => item.title)).toEqual(['Organization-wide', 'Second', 'First']);
    expect(all.items[0]).toMatchObject({ kind: 'post.viral', body: 'Fixture notification', link: null, readAt: null, brandId: null });
    const brand = (await get(`/api/v1/notifications?brandId=${brandId}`)).json();
    expect(brand).toMatchObject({ total: 3, unread: 3 });
    expect((await get('/api/v1/notifications?limit=1&page=2')).json().items[0].title).toBe('Second');
  });

  it('marks one read (any member, read time kept on repeat) and answers 404 for unknown ids', async () => {
    const viewer = await addMember(t, owner, 'viewer');
    const read = await post(`/api/v1/notifications/${ids[0]}/read`, undefined, viewer);
    expect(read.statusCode, read.body).toBe(200);
    const readAt = read.json().notification.readAt;
    expect(readAt).toEqual(expect.any(String));
    t.clock.advance(5000);
    expect((await post(`/api/v1/notifications/${ids[0]}/read`)).json().notification.readAt).toBe(readAt);
    const unread = (await get('/api/v1/notifications?unread=true')).json();
    expect(unread).toMatchObject({ total: 3, unread: 3 });
    expect(unread.items.map((item: { id: string }) => item.id)).not.toContain(ids[0]);
    expect((await post('/api/v1/notifications/00000000-0000-4000-8000-000000000077/read')).statusCode).toBe(404);
  });

  it("reads all of one brand's, then all", async () => {
    const brandOnly = await post('/api/v1/notifications/read-all', { brandId });
    expect(brandOnly.json()).toEqual({ updated: 2 });
    expect((await get('/api/v1/notifications?unread=true')).json().items.map((item: { title: string }) => item.title)).toEqual(['Organization-wide']);
    expect((await post('/api/v1/notifications/read-all')).json()).toEqual({ updated: 1 });
    expect((await get('/api/v1/notifications')).json()).toMatchObject({ total: 4, unread: 0 });
    expect((await get('/api/v1/notifications?unread=false')).json().total).toBe(4);
  });

  it('keeps organizations apart and names bad query fields', async () => {
    const stranger = await registerUser(t.app);
    const theirs = (await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: authHeaders(stranger.accessToken) })).json();
    expect(theirs).toMatchObject({ total: 0, unread: 0 });
    const foreignRead = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${ids[1]}/read`, headers: authHeaders(stranger.accessToken) });
    expect(foreignRead.statusCode).toBe(404);
    expectFieldError(await get('/api/v1/notifications?unread=maybe'), 400, 'unread');
    expectFieldError(await get('/api/v1/notifications?brandId=nope'), 400, 'brandId');
  });
});
