import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_VIDEO_BYTES } from '@socialseed/core/media/media-asset';
import { makeMp4, makeWebm, mp4Overhead } from '@socialseed/testkit/fixtures/video-fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { multipartFile } from '../../testing/fixtures';
import { makePng } from './png-fixture';

let t: TestApp;
let owner: RegisteredUser;

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Video Org' });
});
afterAll(async () => t.close());

const MiB = 1024 * 1024;

function upload(bytes: Buffer, filename: string, contentType: string) {
  const body = multipartFile(bytes, filename, contentType);
  return t.app.inject({ method: 'POST', url: '/api/v1/media', headers: { ...authHeaders(owner.accessToken, owner.organizationId), ...body.headers }, payload: body.payload });
}

function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(owner.accessToken, owner.organizationId), ...(payload ? { payload } : {}) });
}

function issueOf(response: { json(): unknown }): string {
  return (response.json() as { error: { details: { issues: Array<{ message: string }> } } }).error.details.issues[0]?.message ?? '';
}

describe('video upload', () => {
  it('stores an MP4 with its kind, size and duration, and serves the same bytes back as video/mp4', async () => {
    const mp4 = makeMp4({ width: 1920, height: 1080, timescale: 30_000, duration: 450_000n });
    const response = await upload(mp4, 'launch.mp4', 'video/mp4');
    expect(response.statusCode, response.body).toBe(201);
    const media = response.json().media;
    expect(media).toEqual({
      id: expect.any(String),
      kind: 'video',
      mimeType: 'video/mp4',
      sizeBytes: mp4.length,
      width: 1920,
      height: 1080,
      durationMs: 15_000,
      altText: null,
      url: `/api/v1/media/${media.id}/content`,
      createdAt: expect.any(String),
    });
    const content = await call('GET', `/media/${media.id}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('video/mp4');
    expect(content.rawPayload.equals(mp4)).toBe(true);
    const audit = await t.context.core.uow.auditLogs.list(owner.organizationId, { action: 'media.uploaded' }, { page: 1, limit: 10 });
    expect(audit.items.find((row) => row.entityId === media.id)?.newValues).toMatchObject({ kind: 'video', mimeType: 'video/mp4', durationMs: 15_000 });
  });

  it('stores QuickTime (moov at the end, as cameras write it) and WebM (no size or duration read)', async () => {
    const mov = await upload(makeMp4({ brand: 'qt  ', moovAtEnd: true, width: 1080, height: 1920 }), 'phone.mov', 'video/quicktime');
    expect(mov.statusCode, mov.body).toBe(201);
    expect(mov.json().media).toMatchObject({ kind: 'video', mimeType: 'video/quicktime', width: 1080, height: 1920, durationMs: 12_500 });
    const webm = await upload(makeWebm(), 'screen.webm', 'video/webm');
    expect(webm.statusCode, webm.body).toBe(201);
    expect(webm.json().media).toMatchObject({ kind: 'video', mimeType: 'video/webm', width: null, height: null, durationMs: null });
    const content = await call('GET', `/media/${webm.json().media.id}/content`);
    expect(content.headers['content-type']).toBe('video/webm');
    expect(content.rawPayload.equals(makeWebm())).toBe(true);
  });

  it('answers 415 naming file for a declared type the bytes disagree with, Matroska, or text named .mp4', async () => {
    expectFieldError(await upload(makeMp4(), 'clip.mov', 'video/quicktime'), 415, 'file');
    expectFieldError(await upload(makeMp4({ brand: 'qt  ' }), 'clip.mp4', 'video/mp4'), 415, 'file');
    expectFieldError(await upload(makeMp4(), 'clip.png', 'image/png'), 415, 'file');
    expectFieldError(await upload(makePng(2, 2), 'clip.mp4', 'video/mp4'), 415, 'file');
    const matroska = await upload(makeWebm('matroska'), 'film.mkv', 'video/x-matroska');
    expectFieldError(matroska, 415, 'file');
    expect(issueOf(matroska)).toContain('Matroska');
    expectFieldError(await upload(Buffer.from('not a video, only a name\n'), 'notes.mp4', 'video/mp4'), 415, 'file');
  });

  it('answers 400 naming file for a video cut short', async () => {
    const whole = makeMp4({ moovAtEnd: true });
    const response = await upload(whole.subarray(0, whole.length - 20), 'cut.mp4', 'video/mp4');
    expectFieldError(response, 400, 'file');
    expect(issueOf(response)).toBe('The video is damaged or incomplete');
  });

  it('takes videos over the image limit, but answers 413 for an image of 25 MiB', async () => {
    const video = makeMp4({ mediaBytes: 21 * MiB });
    const stored = await upload(video, 'long.mp4', 'video/mp4');
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.json().media).toMatchObject({ kind: 'video', sizeBytes: video.length });

    const image = await upload(makePng(1, 1, 25 * MiB), 'huge.png', 'image/png');
    expectFieldError(image, 413, 'file');
    expect(issueOf(image)).toContain('images at most 20 MiB');
  });

  it('answers 413 naming file with the video limit for a video over 100 MiB', async () => {
    // Over the multipart cap: the stream is cut at 100 MiB and the first bytes say it is a video.
    const response = await upload(makeMp4({ mediaBytes: MAX_VIDEO_BYTES - mp4Overhead() + MiB }), 'huge.mp4', 'video/mp4');
    expectFieldError(response, 413, 'file');
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(issueOf(response)).toContain('videos at most 100 MiB');
  }, 60_000);
});

describe('videos in the library', () => {
  it('are listed, take alt text, are refused by optimize naming id, and can be deleted', async () => {
    const id = (await upload(makeMp4(), 'tour.mp4', 'video/mp4')).json().media.id as string;
    const listed = (await call('GET', '/media?limit=100')).json().items.find((item: { id: string }) => item.id === id);
    expect(listed).toMatchObject({ kind: 'video', durationMs: 12_500 });

    const described = await call('PUT', `/media/${id}`, { altText: 'A walk through our new office' });
    expect(described.statusCode, described.body).toBe(200);
    expect(described.json().media.altText).toBe('A walk through our new office');

    const optimized = await call('POST', `/media/${id}/optimize`, { platforms: ['x'] });
    expectFieldError(optimized, 400, 'id');
    expect(issueOf(optimized)).toBe('Video renditions are not produced yet');

    expect((await call('DELETE', `/media/${id}`)).statusCode).toBe(204);
    expect((await call('GET', `/media/${id}/content`)).statusCode).toBe(404);
  });
});
