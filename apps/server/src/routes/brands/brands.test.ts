import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_VOICE_SAMPLES } from '@socialseed/core/brands/brand';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { addMember, uploadImage, uploadVideo } from '../../testing/fixtures';

let t: TestApp;
let owner: RegisteredUser;
let outsider: RegisteredUser;

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Brand Owner Org' });
  outsider = await registerUser(t.app, { organizationName: 'Outsider Org' });
});
afterAll(async () => t.close());

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

function call(user: RegisteredUser, method: Method, url: string, payload?: object) {
  return t.app.inject({ method, url: `/api/v1/brands${url}`, headers: authHeaders(user.accessToken, user.organizationId), ...(payload ? { payload } : {}) });
}

async function newBrand(user: RegisteredUser = owner, payload: object = { name: 'Acme', industry: 'tech' }): Promise<{ id: string; status: string }> {
  const response = await call(user, 'POST', '', payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().brand;
}

const completeFields = {
  colors: { primary: '#112233', secondary: '#AABBCC', accent: '#FF0000' },
  pillars: ['Product news', 'Customer stories'],
  tone: 'educational',
  voiceSamples: Array.from({ length: MIN_VOICE_SAMPLES }, (_, index) => `We explain fintech plainly, sample ${index + 1}.`),
  preferences: { postsPerWeek: 4, preferredDays: ['mon', 'wed'], preferredHours: [9, 17], timeZone: 'Europe/Berlin' },
};

async function auditRows(action: string) {
  return (await t.context.core.uow.auditLogs.list(owner.organizationId, { action }, { page: 1, limit: 100 })).items;
}

describe('brands CRUD', () => {
  it('creates a draft, lists, reads, updates and deletes it', async () => {
    const created = await call(owner, 'POST', '', { name: 'Crud Co', industry: 'fintech' });
    expect(created.statusCode, created.body).toBe(201);
    const brand = created.json().brand;
    expect(brand).toMatchObject({
      name: 'Crud Co',
      industry: 'fintech',
      status: 'draft',
      onboardingStep: 1,
      logoMediaId: null,
      colors: null,
      pillars: [],
      tone: null,
      audience: { roles: [], geographies: [], companySizes: [] },
      voiceSamples: [],
      preferences: null,
    });
    expect(brand).not.toHaveProperty('organizationId');
    expect(new Date(brand.createdAt).toISOString()).toBe(brand.createdAt);

    const list = await call(owner, 'GET', '?page=1&limit=100');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ page: 1, limit: 100 });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(brand.id);

    expect((await call(owner, 'GET', `/${brand.id}`)).json().brand).toEqual(brand);

    const updated = await call(owner, 'PUT', `/${brand.id}`, { name: 'Crud Company', tone: 'playful' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().brand).toMatchObject({ id: brand.id, name: 'Crud Company', tone: 'playful', industry: 'fintech' });

    const deleted = await call(owner, 'DELETE', `/${brand.id}`);
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect((await call(owner, 'GET', `/${brand.id}`)).statusCode).toBe(404);
  });

  it('lists only the brands of the request organization, paginated', async () => {
    const mine = await newBrand(outsider, { name: 'Outsider brand', industry: 'retail' });
    await newBrand(outsider, { name: 'Outsider brand 2', industry: 'retail' });
    const page = await call(outsider, 'GET', '?page=2&limit=1');
    expect(page.json()).toMatchObject({ page: 2, limit: 1, total: 2 });
    expect(page.json().items).toEqual([expect.objectContaining({ id: mine.id })]); // newest first
    const ownerList = await call(owner, 'GET', '?limit=100');
    expect(ownerList.json().items.map((item: { id: string }) => item.id)).not.toContain(mine.id);
  });
});

describe('onboarding wizard', () => {
  it('saves each step with PUT, resumes from GET and finishes with activate', async () => {
    const brand = await newBrand(owner, { name: 'Wizard Co', industry: 'education' });
    const logoMediaId = await uploadImage(t.app, owner);
    const steps: object[] = [
      { onboardingStep: 2, logoMediaId, colors: completeFields.colors },
      { onboardingStep: 3, pillars: completeFields.pillars, tone: completeFields.tone },
      { onboardingStep: 4, audience: { roles: ['CFO'], geographies: ['DACH'], companySizes: ['51-200'] } },
      { onboardingStep: 5, voiceSamples: completeFields.voiceSamples },
      { onboardingStep: 6, preferences: completeFields.preferences },
    ];
    for (const step of steps) {
      const saved = await call(owner, 'PUT', `/${brand.id}`, step);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().brand).toMatchObject({ ...step, status: 'draft' });
    }
    // Another device picks up where the wizard stopped.
    const resumed = (await call(owner, 'GET', `/${brand.id}`)).json().brand;
    expect(resumed).toMatchObject({ onboardingStep: 6, logoMediaId, ...completeFields, audience: { roles: ['CFO'] } });

    const activated = await call(owner, 'POST', `/${brand.id}/activate`);
    expect(activated.statusCode, activated.body).toBe(200);
    expect(activated.json().brand).toMatchObject({ id: brand.id, status: 'active' });
    const again = await call(owner, 'POST', `/${brand.id}/activate`);
    expect(again.json().brand.status).toBe('active');
    expect((await auditRows('brand.activated')).filter((row) => row.entityId === brand.id)).toHaveLength(1);
  });

  it('refuses to activate an incomplete brand, naming every missing field', async () => {
    const brand = await newBrand();
    const response = await call(owner, 'POST', `/${brand.id}/activate`);
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('INCOMPLETE');
    expect(error.details.issues.map((issue: { field: string }) => issue.field)).toEqual(['colors', 'pillars', 'tone', 'voiceSamples', 'preferences']);

    await call(owner, 'PUT', `/${brand.id}`, { ...completeFields, voiceSamples: completeFields.voiceSamples.slice(0, 2) });
    const still = await call(owner, 'POST', `/${brand.id}/activate`);
    expect(still.json().error.details.issues).toEqual([{ field: 'voiceSamples', message: expect.stringContaining('2 so far') }]);
    expect((await call(owner, 'GET', `/${brand.id}`)).json().brand.status).toBe('draft');
  });

  it('keeps an active brand complete', async () => {
    const brand = await newBrand(owner, { name: 'Active Co', industry: 'tech', ...completeFields });
    expect((await call(owner, 'POST', `/${brand.id}/activate`)).statusCode).toBe(200);
    const emptied = await call(owner, 'PUT', `/${brand.id}`, { pillars: [] });
    expect(emptied.statusCode).toBe(400);
    expect(emptied.json().error).toMatchObject({ code: 'INCOMPLETE', details: { issues: [{ field: 'pillars' }] } });
    expect((await call(owner, 'PUT', `/${brand.id}`, { pillars: ['Only one'] })).statusCode).toBe(200);
  });
});

describe('input validation', () => {
  const valid = { name: 'Valid', industry: 'tech' };
  const cases: Array<[string, Method, object, string]> = [
    ['missing name', 'POST', { industry: 'tech' }, 'name'],
    ['blank name', 'POST', { name: '   ', industry: 'tech' }, 'name'],
    ['industry of the wrong type', 'POST', { name: 'X', industry: 42 }, 'industry'],
    ['unknown industry', 'POST', { name: 'X', industry: 'mining' }, 'industry'],
    ['five-digit colour', 'POST', { ...valid, colors: { primary: '#12345', secondary: '#123456' } }, 'colors.primary'],
    ['named colour', 'POST', { ...valid, colors: { primary: 'red', secondary: '#123456' } }, 'colors.primary'],
    ['six pillars', 'POST', { ...valid, pillars: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'pillars'],
    ['invalid time zone', 'POST', { ...valid, preferences: { postsPerWeek: 3, timeZone: 'Mars/Olympus_Mons' } }, 'preferences.timeZone'],
    ['unknown extra field', 'POST', { ...valid, mood: 'sunny' }, 'mood'],
    ['status set directly', 'PUT', { status: 'active' }, 'status'],
    ['bad colour on update', 'PUT', { colors: { primary: 'red', secondary: '#123456' } }, 'colors.primary'],
    ['hour out of range', 'PUT', { preferences: { postsPerWeek: 3, preferredHours: [24], timeZone: 'UTC' } }, 'preferences.preferredHours.0'],
    ['logo that is not an id', 'PUT', { logoMediaId: 'logo.png' }, 'logoMediaId'],
    ['logo that does not exist', 'PUT', { logoMediaId: '00000000-0000-4000-8000-000000000000' }, 'logoMediaId'],
  ];

  it.each(cases)('answers 400 naming the field for %s', async (_label, method, payload, field) => {
    const url = method === 'PUT' ? `/${(await newBrand()).id}` : '';
    expectFieldError(await call(owner, method, url, payload), 400, field);
  });

  it('answers 400 for a logo uploaded by another organization, and stores nothing', async () => {
    const foreignLogo = await uploadImage(t.app, outsider);
    expectFieldError(await call(owner, 'POST', '', { ...valid, name: 'Logo thief', logoMediaId: foreignLogo }), 400, 'logoMediaId');
    const list = await call(owner, 'GET', '?limit=100');
    expect(list.json().items.map((item: { name: string }) => item.name)).not.toContain('Logo thief');
  });

  it('answers 400 naming logoMediaId for a video, on create and on update', async () => {
    const video = await uploadVideo(t.app, owner);
    const created = await call(owner, 'POST', '', { ...valid, name: 'Moving logo', logoMediaId: video });
    expectFieldError(created, 400, 'logoMediaId');
    expect(created.json().error.details.issues[0].message).toContain('must be an image');
    expectFieldError(await call(owner, 'PUT', `/${(await newBrand()).id}`, { logoMediaId: video }), 400, 'logoMediaId');
  });

  it('answers 413 for a body over the 1 MiB limit', async () => {
    const response = await call(owner, 'POST', '', { ...valid, voiceSamples: ['x'.repeat(1_100_000)] });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 400 for a malformed id', async () => {
    expectFieldError(await call(owner, 'GET', '/not-a-uuid'), 400, 'id');
  });
});

describe('permissions and isolation', () => {
  it('lets viewers read but not create, managers update but not delete', async () => {
    const viewer = await addMember(t, owner, 'viewer');
    const manager = await addMember(t, owner, 'manager');
    const brand = await newBrand();
    expect((await call(viewer, 'GET', `/${brand.id}`)).statusCode).toBe(200);
    const denied = await call(viewer, 'POST', '', { name: 'Nope', industry: 'tech' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('FORBIDDEN');
    expect((await call(viewer, 'PUT', `/${brand.id}`, { name: 'Nope' })).statusCode).toBe(403);
    expect((await call(manager, 'PUT', `/${brand.id}`, { name: 'Managed' })).statusCode).toBe(200);
    expect((await call(manager, 'DELETE', `/${brand.id}`)).statusCode).toBe(403);
    expect((await call(owner, 'GET', `/${brand.id}`)).json().brand.name).toBe('Managed');
  });

  it("answers 404 for another organization's brand on every route and leaves it untouched", async () => {
    const brand = await newBrand(owner, { name: 'Private Co', industry: 'health', ...completeFields });
    const attempts: Array<[Method, string, object?]> = [
      ['GET', `/${brand.id}`],
      ['PUT', `/${brand.id}`, { name: 'Hijacked' }],
      ['POST', `/${brand.id}/activate`],
      ['DELETE', `/${brand.id}`],
    ];
    for (const [method, url, payload] of attempts) {
      const response = await call(outsider, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
    // Naming the owner's organization in the header does not help a non-member either.
    const viaHeader = await t.app.inject({ method: 'GET', url: `/api/v1/brands/${brand.id}`, headers: authHeaders(outsider.accessToken, owner.organizationId) });
    expect(viaHeader.statusCode).toBe(404);
    expect((await call(owner, 'GET', `/${brand.id}`)).json().brand).toMatchObject({ name: 'Private Co', status: 'draft' });
  });
});

describe('audit trail', () => {
  it('records create, update (changed fields only, before and after), activate and delete', async () => {
    const brand = await newBrand(owner, { name: 'Audited Co', industry: 'tech', ...completeFields });
    await call(owner, 'PUT', `/${brand.id}`, { name: 'Audited Company', industry: 'tech', onboardingStep: 2 });
    await call(owner, 'PUT', `/${brand.id}`, { name: 'Audited Company' }); // no change: no row
    await call(owner, 'POST', `/${brand.id}/activate`);
    await call(owner, 'DELETE', `/${brand.id}`);

    const rowsFor = async (action: string) => (await auditRows(action)).filter((row) => row.entityId === brand.id);
    const [created] = await rowsFor('brand.created');
    expect(created).toMatchObject({ actorUserId: owner.user.id, entityType: 'brand', oldValues: null });
    expect(created?.newValues).toMatchObject({ name: 'Audited Co', status: 'draft', pillars: completeFields.pillars });
    const updates = await rowsFor('brand.updated');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      oldValues: { name: 'Audited Co', onboardingStep: 1 },
      newValues: { name: 'Audited Company', onboardingStep: 2 },
    });
    expect(Object.keys(updates[0]?.newValues ?? {}).sort()).toEqual(['name', 'onboardingStep']);
    expect((await rowsFor('brand.activated'))[0]).toMatchObject({ oldValues: { status: 'draft' }, newValues: { status: 'active' } });
    expect((await rowsFor('brand.deleted'))[0]).toMatchObject({ oldValues: { name: 'Audited Company', status: 'active' }, newValues: null });
  });

  it('serialises concurrent saves of one brand, so each row starts where the previous one ended', async () => {
    const brand = await newBrand(owner, { name: 'Race 0', industry: 'tech' });
    const names = ['Race 1', 'Race 2', 'Race 3', 'Race 4', 'Race 5'];
    const saves = await Promise.all(names.map((name) => call(owner, 'PUT', `/${brand.id}`, { name })));
    expect(saves.map((save) => save.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const rows = (await auditRows('brand.updated')).filter((row) => row.entityId === brand.id);
    // created_at is each transaction's start, not its commit, so follow the chain instead of the order.
    const next = new Map(rows.map((row) => [row.oldValues?.['name'], row.newValues?.['name']]));
    expect(next.size).toBe(names.length); // without the row lock, two saves would both start from one name
    const chain = ['Race 0'];
    while (next.has(chain.at(-1))) chain.push(next.get(chain.at(-1)) as string);
    expect(chain).toHaveLength(names.length + 1);
    expect((await call(owner, 'GET', `/${brand.id}`)).json().brand.name).toBe(chain.at(-1));
  });

  it('writes no audit row when a request fails', async () => {
    const before = (await auditRows('brand.created')).length;
    await call(owner, 'POST', '', { name: 'Bad', industry: 'tech', logoMediaId: '00000000-0000-4000-8000-000000000000' });
    expect(await auditRows('brand.created')).toHaveLength(before);
  });
});
