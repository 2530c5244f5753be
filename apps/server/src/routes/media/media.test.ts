import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '@socialseed/core/media/media-asset';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { addMember, multipartFile } from '../../testing/fixtures';
import { makePng } from './png-fixture';

let t: TestApp;
let owner: RegisteredUser;
let outsider: RegisteredUser;

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Media Org' });
  outsider = await registerUser(t.app, { organizationName: 'Other Media Org' });
});
afterAll(async () => t.close());

function upload(user: RegisteredUser, body: { payload: Buffer; headers: Record<string, string> }) {
  return t.app.inject({ method: 'POST', url: '/api/v1/media', headers: { ...authHeaders(user.accessToken, user.organizationId), ...body.headers }, payload: body.payload });
}

function readContent(user: RegisteredUser, id: string) {
  return t.app.inject({ method: 'GET', url: `/api/v1/media/${id}/content`, headers: authHeaders(user.accessToken, user.organizationId) });
}

describe('upload', () => {
  it('stores a PNG and answers its type, size and pixel dimensions', async () => {
    const png = makePng(7, 3);
    const response = await upload(owner, multipartFile(png, 'logo.png', 'image/png'));
    expect(response.statusCode, response.body).toBe(201);
    const media = response.json().media;
    expect(media).toEqual({
      id: expect.any(String),
      kind: 'image',
      mimeType: 'image/png',
      sizeBytes: png.length,
      width: 7,
      height: 3,
      durationMs: null,
      altText: null,
      url: `/api/v1/media/${media.id}/content`,
      createdAt: expect.any(String),
    });
    const audit = await t.context.core.uow.auditLogs.list(owner.organizationId, { action: 'media.uploaded' }, { page: 1, limit: 10 });
    expect(audit.items.find((row) => row.entityId === media.id)?.newValues).toMatchObject({ mimeType: 'image/png', width: 7, height: 3 });
  });

  it('answers 415 naming file when the bytes are not the image they claim to be', async () => {
    const script = Buffer.from('<script>alert(1)</script>');
    expectFieldError(await upload(owner, multipartFile(script, 'evil.png', 'image/png')), 415, 'file');
    expectFieldError(await upload(owner, multipartFile(makePng(2, 2), 'logo.jpg', 'image/jpeg')), 415, 'file');
    expectFieldError(await upload(owner, multipartFile(makePng(2, 2), 'logo.svg', 'image/svg+xml')), 415, 'file');
  });

  it('answers 400 naming file for an image with a damaged header', async () => {
    expectFieldError(await upload(owner, multipartFile(makePng(2, 2).subarray(0, 16), 'cut.png')), 400, 'file');
  });

  it('accepts exactly the image limit and answers 413 naming file above it', async () => {
    const overhead = makePng(1, 1).length + 12; // chunk length, type and CRC of the padding
    const atLimit = makePng(1, 1, MAX_IMAGE_BYTES - overhead);
    expect(atLimit.length).toBe(MAX_IMAGE_BYTES);
    expect((await upload(owner, multipartFile(atLimit))).statusCode).toBe(201);
    const tooBig = makePng(1, 1, MAX_IMAGE_BYTES - overhead + 1);
    const response = await upload(owner, multipartFile(tooBig));
    expectFieldError(response, 413, 'file');
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(response.json().error.details.issues[0].message).toContain('images at most 20 MiB');
  });

  it('answers 400 naming file when no file is sent', async () => {
    const boundary = 'socialseedNoFile';
    const onlyField = {
      payload: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\nhello\r\n--${boundary}--\r\n`),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    };
    expectFieldError(await upload(owner, onlyField), 400, 'file');
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/media', headers: authHeaders(owner.accessToken), payload: {} });
    expectFieldError(json, 400, 'file');
    const empty = multipartFile(Buffer.alloc(0));
    expectFieldError(await upload(owner, empty), 400, 'file');
  });

  it('lets editors upload but not viewers', async () => {
    const editor = await addMember(t, owner, 'editor');
    const viewer = await addMember(t, owner, 'viewer');
    expect((await upload(editor, multipartFile(makePng(1, 1)))).statusCode).toBe(201);
    expect((await upload(viewer, multipartFile(makePng(1, 1)))).statusCode).toBe(403);
  });
});

describe('content', () => {
  it('serves the bytes to the same organization with immutable caching and no sniffing', async () => {
    const png = makePng(5, 4);
    const id = (await upload(owner, multipartFile(png))).json().media.id;
    const viewer = await addMember(t, owner, 'viewer');
    const response = await readContent(viewer, id);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(png)).toBe(true);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it("answers 404 for another organization's media and for unknown ids", async () => {
    const id = (await upload(owner, multipartFile(makePng(1, 1)))).json().media.id;
    expect((await readContent(outsider, id)).statusCode).toBe(404);
    const viaHeader = await t.app.inject({ method: 'GET', url: `/api/v1/media/${id}/content`, headers: authHeaders(outsider.accessToken, owner.organizationId) });
    expect(viaHeader.statusCode).toBe(404);
    expect((await readContent(owner, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('requires a signed-in user', async () => {
    const id = (await upload(owner, multipartFile(makePng(1, 1)))).json().media.id;
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/media/${id}/content` })).statusCode).toBe(401);
  });
});
