import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '@socialseed/db';
import { FakeS3 } from '@socialseed/testkit/fakes/s3/fake-s3';
import { makeMp4 } from '@socialseed/testkit/fixtures/video-fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { multipartFile } from '../../testing/fixtures';
import { makePng } from './png-fixture';

let t: TestApp;
let s3: FakeS3;
let owner: RegisteredUser;

beforeAll(async () => {
  s3 = await new FakeS3({ bucket: 'socialseed-media', accessKeyId: 'AKIATEST', secretAccessKey: 'test-secret-access-key' }).start();
  t = await createTestApp(s3.env);
  owner = await registerUser(t.app, { organizationName: 'S3 Media Org' });
});
afterAll(async () => {
  await t.close();
  await s3.close();
});

function call(method: 'GET' | 'DELETE', url: string) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(owner.accessToken, owner.organizationId) });
}

async function upload(bytes: Buffer, filename = 'photo.png', contentType = 'image/png'): Promise<string> {
  const body = multipartFile(bytes, filename, contentType);
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/media', headers: { ...authHeaders(owner.accessToken, owner.organizationId), ...body.headers }, payload: body.payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().media.id;
}

async function storedIn(id: string): Promise<{ storage: string | undefined; blobRows: number }> {
  const asset = await t.connection.pool.query<{ storage: string }>('select storage from media_assets where id = $1', [id]);
  const blobs = await t.connection.pool.query<{ count: string }>('select count(*) from media_blobs where media_id = $1', [id]);
  return { storage: asset.rows[0]?.storage, blobRows: Number(blobs.rows[0]?.count) };
}

describe('media in an S3-compatible bucket (MEDIA_S3_* set)', () => {
  it('puts an upload into the bucket, not media_blobs, and serves it back from there', async () => {
    const id = await upload(makePng(5, 4));
    const key = `media/${owner.organizationId}/${id}`;
    const object = s3.objects.get(key);
    expect(object?.contentType).toBe('image/png');
    expect(await storedIn(id)).toEqual({ storage: 's3', blobRows: 0 });

    const content = await call('GET', `/media/${id}/content`);
    expect(content.statusCode, content.body).toBe(200);
    expect(content.headers['content-type']).toContain('image/png');
    expect(content.rawPayload).toEqual(object?.bytes);
  });

  it('stores a video there too, with its content type, and serves the same bytes back', async () => {
    const mp4 = makeMp4({ moovAtEnd: true, mediaBytes: 64 * 1024 });
    const id = await upload(mp4, 'clip.mp4', 'video/mp4');
    const object = s3.objects.get(`media/${owner.organizationId}/${id}`);
    expect(object?.contentType).toBe('video/mp4');
    const content = await call('GET', `/media/${id}/content`);
    expect(content.headers['content-type']).toBe('video/mp4');
    expect(content.rawPayload.equals(mp4)).toBe(true);
  });

  it('deletes the object with the asset', async () => {
    const id = await upload(makePng(3, 3));
    const key = `media/${owner.organizationId}/${id}`;
    expect(s3.objects.has(key)).toBe(true);
    const response = await call('DELETE', `/media/${id}`);
    expect(response.statusCode, response.body).toBe(204);
    expect(s3.objects.has(key)).toBe(false);
    expect((await call('GET', `/media/${id}/content`)).statusCode).toBe(404);
  });

  it('still reads and deletes an asset stored in PostgreSQL before the bucket was configured', async () => {
    // Repositories without a blob store are what wrote every upload before MEDIA_S3_* was set.
    const before = createRepositories(t.connection.db, { writer: async () => undefined, executeSql: (text, values) => t.connection.pool.query(text, values) });
    const png = makePng(2, 2);
    const media = await before.media.create(
      { organizationId: owner.organizationId, uploadedByUserId: owner.user.id, kind: 'image', mimeType: 'image/png', sizeBytes: png.length, width: 2, height: 2, durationMs: null, sha256: 'c'.repeat(64), originalName: 'old.png' },
      png,
    );
    expect(await storedIn(media.id)).toEqual({ storage: 'database', blobRows: 1 });
    const objectsBefore = s3.objects.size;

    const content = await call('GET', `/media/${media.id}/content`);
    expect(content.statusCode, content.body).toBe(200);
    expect(content.rawPayload).toEqual(png);

    expect((await call('DELETE', `/media/${media.id}`)).statusCode).toBe(204);
    expect(await storedIn(media.id)).toEqual({ storage: undefined, blobRows: 0 });
    expect(s3.objects.size).toBe(objectsBefore);
  });

  it('signs every request the app sent so that the fake accepted it', () => {
    expect(s3.requests.length).toBeGreaterThan(0);
    expect(s3.requests.filter((request) => request.errorCode !== null)).toEqual([]);
  });
});

describe('when the bucket does not answer', () => {
  it('answers 503 with a retry hint, stores nothing, and keeps the server up', async () => {
    const unreachable = await createTestApp({ ...s3.env, MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9' });
    try {
      const user = await registerUser(unreachable.app, { organizationName: 'Offline Bucket Org' });
      const body = multipartFile(makePng(4, 4), 'photo.png', 'image/png');
      const response = await unreachable.app.inject({ method: 'POST', url: '/api/v1/media', headers: { ...authHeaders(user.accessToken, user.organizationId), ...body.headers }, payload: body.payload });
      expect(response.statusCode, response.body).toBe(503);
      expect(response.body).toContain('Media storage is not answering');
      const rows = await unreachable.connection.pool.query<{ count: string }>('select count(*) from media_assets');
      expect(Number(rows.rows[0]?.count)).toBe(0);
    } finally {
      await unreachable.close();
    }
  });
});
