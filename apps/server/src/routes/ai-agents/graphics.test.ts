import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeStability } from '@socialseed/testkit/fakes/stability/fake-stability';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { addMember, createBrand, multipartFile, uploadImage } from '../../testing/fixtures';

let t: TestApp;
let withStability: TestApp;
let stability: FakeStability;
let owner: RegisteredUser;
let outsider: RegisteredUser;
let brandId: string;

async function uploadPng(app: TestApp, user: RegisteredUser, png: Buffer): Promise<string> {
  const body = multipartFile(png);
  const response = await app.app.inject({ method: 'POST', url: '/api/v1/media', headers: { ...authHeaders(user.accessToken, user.organizationId), ...body.headers }, payload: body.payload });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { media: { id: string } }).media.id;
}

async function brandWithColours(app: TestApp, user: RegisteredUser): Promise<string> {
  const id = await createBrand(app.app, user, 'Graphic Brand');
  const logo = await uploadPng(app, user, await sharp({ create: { width: 200, height: 200, channels: 4, background: '#E63946' } }).png().toBuffer());
  const response = await app.app.inject({
    method: 'PUT',
    url: `/api/v1/brands/${id}`,
    headers: authHeaders(user.accessToken, user.organizationId),
    payload: { colors: { primary: '#0B1F3A', secondary: '#F4D35E', accent: '#EE964B' }, logoMediaId: logo },
  });
  expect(response.statusCode, response.body).toBe(200);
  return id;
}

const render = (app: TestApp, user: RegisteredUser, payload: object) =>
  app.app.inject({ method: 'POST', url: '/api/v1/ai-agents/graphics/render', headers: authHeaders(user.accessToken, user.organizationId), payload });

beforeAll(async () => {
  stability = await new FakeStability().start();
  t = await createTestApp();
  withStability = await createTestApp({ STABILITY_API_KEY: stability.key, STABILITY_BASE_URL: stability.baseUrl });
  owner = await registerUser(t.app, { organizationName: 'Graphics Org' });
  outsider = await registerUser(t.app, { organizationName: 'Other Graphics Org' });
  brandId = await brandWithColours(t, owner);
}, 60_000);
afterAll(async () => {
  await t.close();
  await withStability.close();
  await stability.close();
});

describe('POST /ai-agents/graphics/render', () => {
  it('renders a card in the brand colours with its logo and stores it as media of the organization', async () => {
    const response = await render(t, owner, { brandId, layout: 'card', headline: 'Five habits of fast teams', body: 'A checklist for Fridays.' });
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json();
    expect(result).toMatchObject({ tier: 'template', notice: null, media: [{ mimeType: 'image/png', width: 1200, height: 630 }] });
    expect(result.contrast).toBeGreaterThanOrEqual(4.5);
    const content = await t.app.inject({ method: 'GET', url: result.media[0].url, headers: authHeaders(owner.accessToken, owner.organizationId) });
    expect(content.statusCode).toBe(200);
    const metadata = await sharp(content.rawPayload).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 630]);
    // The brand colour fills the corner opposite the logo.
    const { data } = await sharp(content.rawPayload).extract({ left: 1190, top: 5, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([0x0b, 0x1f, 0x3a]);
    const audit = await t.context.core.uow.auditLogs.list(owner.organizationId, { action: 'graphics.rendered' }, { page: 1, limit: 5 });
    expect(audit.items[0]?.newValues).toMatchObject({ layout: 'card', tier: 'template', mediaIds: [result.media[0].id] });
  });

  it('renders a carousel as the cover plus each frame, in the format asked for', async () => {
    const response = await render(t, owner, { brandId, layout: 'carousel', format: 'webp', headline: 'Cover', frames: [{ headline: 'Two', body: 'Detail' }, { headline: 'Three' }] });
    expect(response.statusCode, response.body).toBe(201);
    const media = response.json().media as Array<{ mimeType: string; width: number; height: number }>;
    expect(media.map((item) => [item.mimeType, item.width, item.height])).toEqual(Array(3).fill(['image/webp', 1080, 1350]));
  });

  it('draws on an uploaded background image of the organization', async () => {
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#FFFFFF' } }).png().toBuffer();
    const backgroundMediaId = await uploadPng(t, owner, photo);
    const response = await render(t, owner, { brandId, layout: 'square', format: 'jpeg', headline: 'On a photo', backgroundMediaId });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ tier: 'template', media: [{ mimeType: 'image/jpeg', width: 1080, height: 1080 }] });
    expect(response.json().contrast).toBeGreaterThanOrEqual(4.5);
  });

  it('renders a brand without colours in the neutral palette', async () => {
    const plain = await createBrand(t.app, owner, 'No colours yet');
    const response = await render(t, owner, { brandId: plain, layout: 'story', headline: 'Neutral' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().contrast).toBeGreaterThanOrEqual(4.5);
  });

  it('falls back to the template, saying why, when no image generator is configured', async () => {
    const response = await render(t, owner, { brandId, layout: 'square', headline: 'Generated?', backgroundPrompt: 'a harbour at dawn' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ tier: 'template', notice: expect.stringContaining('STABILITY_API_KEY') });
  });
});

describe('generated backgrounds (fake Stability AI)', () => {
  let user: RegisteredUser;
  let brand: string;
  beforeAll(async () => {
    user = await registerUser(withStability.app, { organizationName: 'Stability Org' });
    brand = await brandWithColours(withStability, user);
  });

  it('asks Stability for a background of the layout ratio and composites the brand overlay over it', async () => {
    const response = await render(withStability, user, { brandId: brand, layout: 'story', headline: 'Dawn sale', backgroundPrompt: 'a harbour at dawn' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ tier: 'stability', notice: null, media: [{ width: 1080, height: 1920 }] });
    expect(response.json().contrast).toBeGreaterThanOrEqual(4.5);
    expect(stability.requests.at(-1)?.fields).toMatchObject({ prompt: 'a harbour at dawn', aspect_ratio: '9:16' });
    const tasks = await withStability.app.inject({ method: 'GET', url: '/api/v1/ai-agents/tasks?agent=image.generate', headers: authHeaders(user.accessToken, user.organizationId) });
    expect(tasks.json().items[0]).toMatchObject({ agent: 'image.generate', provider: 'stability', status: 'succeeded', brandId: brand });
  });

  it.each([500, 402] as const)('draws from the template when Stability answers %i', async (status) => {
    stability.inject({ kind: 'status', status });
    const response = await render(withStability, user, { brandId: brand, layout: 'card', headline: 'Still here', backgroundPrompt: 'anything' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ tier: 'template', notice: expect.stringContaining(String(status)), media: [{ width: 1200, height: 630 }] });
    const tasks = await withStability.app.inject({ method: 'GET', url: '/api/v1/ai-agents/tasks?agent=image.generate&status=failed', headers: authHeaders(user.accessToken, user.organizationId) });
    expect(tasks.json().items[0]).toMatchObject({ provider: 'stability', status: 'failed', error: expect.stringContaining(String(status)) });
  });
});

describe('bad input names the field', () => {
  it('answers 400 brandId for an unknown brand or one of another organization', async () => {
    expectFieldError(await render(t, owner, { brandId: '00000000-0000-4000-8000-000000000009', layout: 'card', headline: 'x' }), 400, 'brandId');
    const foreign = await createBrand(t.app, outsider, 'Foreign');
    expectFieldError(await render(t, owner, { brandId: foreign, layout: 'card', headline: 'x' }), 400, 'brandId');
  });

  it('answers 400 for an unsupported layout or format, an empty headline, or an unknown field', async () => {
    expectFieldError(await render(t, owner, { brandId, layout: 'banner', headline: 'x' }), 400, 'layout');
    expectFieldError(await render(t, owner, { brandId, layout: 'card', headline: 'x', format: 'gif' }), 400, 'format');
    expectFieldError(await render(t, owner, { brandId, layout: 'card', headline: '   ' }), 400, 'headline');
    expectFieldError(await render(t, owner, { brandId, layout: 'card', headline: 'x', colour: 'red' }), 400, 'colour');
  });

  it('answers 400 backgroundMediaId for media of another organization, unknown media or bytes that are not an image', async () => {
    const foreignMedia = await uploadImage(t.app, outsider);
    expectFieldError(await render(t, owner, { brandId, layout: 'card', headline: 'x', backgroundMediaId: foreignMedia }), 400, 'backgroundMediaId');
    expectFieldError(await render(t, owner, { brandId, layout: 'card', headline: 'x', backgroundMediaId: '00000000-0000-4000-8000-000000000009' }), 400, 'backgroundMediaId');
    // A PNG whose header is intact (so the upload's checks pass) but whose pixel data is damaged.
    const headerOnly = await sharp(Buffer.from(Array.from({ length: 64 * 64 * 3 }, (_, index) => (index * 7919) % 251)), { raw: { width: 64, height: 64, channels: 3 } }).png().toBuffer();
    headerOnly.fill(0x55, 45, headerOnly.length - 12);
    const broken = await t.context.core.uow.media.create(
      { organizationId: owner.organizationId, uploadedByUserId: owner.user.id, kind: 'image', mimeType: 'image/png', sizeBytes: headerOnly.length, width: 4, height: 4, durationMs: null, sha256: 'x', originalName: null },
      headerOnly,
    );
    expectFieldError(await render(t, owner, { brandId, layout: 'card', headline: 'x', backgroundMediaId: broken.id }), 400, 'backgroundMediaId');
  });

  it('answers 400 frames for frames outside a carousel or more than ten frames in all', async () => {
    expectFieldError(await render(t, owner, { brandId, layout: 'card', headline: 'x', frames: [{ headline: 'y' }] }), 400, 'frames');
    const ten = Array.from({ length: 10 }, (_, index) => ({ headline: `Frame ${index}` }));
    expectFieldError(await render(t, owner, { brandId, layout: 'carousel', headline: 'x', frames: ten }), 400, 'frames');
    expectFieldError(await render(t, owner, { brandId, layout: 'carousel', headline: 'x', frames: [...ten, { headline: 'z' }] }), 400, 'frames');
  });

  it('answers 400 backgroundPrompt when both an uploaded and a generated background are asked for', async () => {
    const backgroundMediaId = await uploadImage(t.app, owner);
    expectFieldError(await render(t, owner, { brandId, layout: 'card', headline: 'x', backgroundMediaId, backgroundPrompt: 'sky' }), 400, 'backgroundPrompt');
  });

  it('refuses a viewer (403): rendering needs posts.write', async () => {
    const viewer = await addMember(t, owner, 'viewer');
    expect((await render(t, viewer, { brandId, layout: 'card', headline: 'x' })).statusCode).toBe(403);
  });
});
