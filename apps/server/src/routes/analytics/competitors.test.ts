import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { addMember, createBrand } from '../../testing/fixtures';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { insertCompetitorSnapshot } from '../../testing/engagement-fixtures';

let t: TestApp;
let owner: RegisteredUser;
let brandId: string;

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object, user: RegisteredUser = owner) =>
  t.app.inject({ method, url: `/api/v1/analytics/competitors${url}`, headers: authHeaders(user.accessToken, user.organizationId), ...(payload ? { payload } : {}) });
const add = (handle: string, platform = 'sandbox', brand = brandId) => call('POST', '', { brandId: brand, platform, handle });
const list = async (brand = brandId) => {
  const response = await call('GET', `?brandId=${brand}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().competitors as Array<{ id: string; platform: string; handle: string; followers: number | null; postsCount: number | null; capturedAt: string | null }>;
};

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
  brandId = await createBrand(t.app, owner, 'Watcher');
}, 60_000);
afterAll(async () => t?.close());

describe('competitor accounts', () => {
  it('adds public accounts in their normal form and lists their newest counts', async () => {
    const added = await add('@Rival_Co', 'x');
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().competitor).toMatchObject({ platform: 'x', handle: 'rival_co', followers: null, postsCount: null, capturedAt: null });
    expect((await add('rival@mastodon.social', 'mastodon')).statusCode).toBe(201);
    expect((await add('Rival.bsky.social', 'bluesky')).statusCode).toBe(201);

    const id = added.json().competitor.id as string;
    await insertCompetitorSnapshot(t, id, new Date('2026-03-01T10:00:00Z'), { followers: 900, postsCount: 40 });
    await insertCompetitorSnapshot(t, id, new Date('2026-03-02T10:00:00Z'), { followers: 950, postsCount: null });
    const competitors = await list();
    expect(competitors.map((competitor) => `${competitor.platform}:${competitor.handle}`)).toEqual(['x:rival_co', 'mastodon:rival@mastodon.social', 'bluesky:rival.bsky.social']);
    // The newest snapshot, as it is: a count it did not learn stays unknown.
    expect(competitors[0]).toEqual({ id, platform: 'x', handle: 'rival_co', followers: 950, postsCount: null, capturedAt: '2026-03-02T10:00:00.000Z' });

    const audit = await t.context.core.uow.auditLogs.list(owner.organizationId, { action: 'competitor.added' }, { page: 1, limit: 10 });
    expect(audit.total).toBe(3);
  });

  it('refuses the same account twice, whatever its case, naming handle', async () => {
    const again = await add('RIVAL_CO', 'x');
    expectFieldError(again, 409, 'handle');
    expect(again.json().error.code).toBe('CONFLICT');
    // The same handle on another network is another account.
    expect((await add('rival_co', 'sandbox')).statusCode).toBe(201);
  });

  it('refuses handles the network would not have and networks it cannot read, naming the field', async () => {
    expectFieldError(await add('has spaces', 'x'), 400, 'handle');
    expectFieldError(await add('rival', 'mastodon'), 400, 'handle');
    expectFieldError(await add('rival', 'bluesky'), 400, 'handle');
    expectFieldError(await add('   ', 'x'), 400, 'handle');
    expectFieldError(await add('rival', 'linkedin'), 400, 'platform');
    expectFieldError(await call('POST', '', { brandId, platform: 'x' }), 400, 'handle');
    expectFieldError(await call('POST', '', { brandId, platform: 'x', handle: 'rival', extra: true }), 400, 'extra');
    expectFieldError(await add('rival', 'x', '00000000-0000-4000-8000-000000000001'), 400, 'brandId');
  });

  it('watches at most 10 accounts per brand', async () => {
    const brand = await createBrand(t.app, owner, 'Busy watcher');
    for (let index = 0; index < 10; index++) expect((await add(`rival${index}`, 'sandbox', brand)).statusCode).toBe(201);
    const eleventh = await add('rival10', 'sandbox', brand);
    expectFieldError(eleventh, 409, 'brandId');
    expect(eleventh.json().error).toMatchObject({ code: 'LIMIT_REACHED', details: { limit: 10 } });
    expect(await list(brand)).toHaveLength(10);
    // Other brands have their own ten.
    expect((await add('rival10', 'sandbox', await createBrand(t.app, owner, 'Calm watcher'))).statusCode).toBe(201);
  });

  it('removes an account; a second removal is not found', async () => {
    const [first] = await list();
    if (!first) throw new Error('no competitor to remove');
    expect((await call('DELETE', `/${first.id}`)).statusCode).toBe(204);
    expect((await list()).map((competitor) => competitor.id)).not.toContain(first.id);
    expect((await call('DELETE', `/${first.id}`)).statusCode).toBe(404);
  });

  it('lets every role read and only brand editors change', async () => {
    const viewer = await addMember(t, owner, 'viewer');
    expect((await call('GET', `?brandId=${brandId}`, undefined, viewer)).statusCode).toBe(200);
    expect((await call('POST', '', { brandId, platform: 'x', handle: 'viewers_pick' }, viewer)).statusCode).toBe(403);
    const [some] = await list();
    expect((await call('DELETE', `/${some?.id}`, undefined, viewer)).statusCode).toBe(403);
  });

  it("keeps organizations apart: another organization's brand is brandId, its competitor not found", async () => {
    const outsider = await registerUser(t.app);
    expectFieldError(await call('GET', `?brandId=${brandId}`, undefined, outsider), 400, 'brandId');
    expectFieldError(await call('POST', '', { brandId, platform: 'x', handle: 'spy' }, outsider), 400, 'brandId');
    const [some] = await list();
    expect((await call('DELETE', `/${some?.id}`, undefined, outsider)).statusCode).toBe(404);
    expect((await list()).map((competitor) => competitor.id)).toContain(some?.id);
  });
});
