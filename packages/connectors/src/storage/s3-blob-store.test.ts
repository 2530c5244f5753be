import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobStoreError } from '@socialseed/core/ports/blob-store';
import { FakeS3 } from '@socialseed/testkit/fakes/s3/fake-s3';
import { createS3BlobStore } from './s3-blob-store';
import { signRequest } from './sigv4';

const credentials = { accessKeyId: 'AKIAFAKE', secretAccessKey: 'fake-secret-key', region: 'us-east-1' };
let fake: FakeS3;

beforeAll(async () => {
  fake = await new FakeS3({ bucket: 'media-bucket', accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey }).start();
});
afterAll(async () => fake.close());

const store = (overrides: Partial<typeof credentials & { bucket: string }> = {}) =>
  createS3BlobStore({ endpoint: fake.endpoint, bucket: 'media-bucket', ...credentials, ...overrides });

describe('S3 blob store against the signature-checking fake', () => {
  it('puts, gets and deletes an object, path-style under the bucket', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await store().put('media/org-1/asset-1', bytes, 'image/png');
    expect(fake.objects.get('media/org-1/asset-1')).toEqual({ bytes, contentType: 'image/png' });
    expect(await store().get('media/org-1/asset-1')).toEqual(bytes);
    await store().delete('media/org-1/asset-1');
    expect(fake.objects.has('media/org-1/asset-1')).toBe(false);
    expect(await store().get('media/org-1/asset-1')).toBeNull();
    // Deleting what is gone succeeds, as S3 does.
    await store().delete('media/org-1/asset-1');
    expect(fake.requests.every((request) => request.errorCode === null || request.errorCode === 'NoSuchKey')).toBe(true);
  });

  it('signs keys that need escaping', async () => {
    await store().put('media/odd key/ä(1)*', Buffer.from('x'), 'text/plain');
    expect(await store().get('media/odd key/ä(1)*')).toEqual(Buffer.from('x'));
  });

  it('maps a wrong secret to a BlobStoreError with 403 SignatureDoesNotMatch', async () => {
    const attempt = store({ secretAccessKey: 'not-the-secret' }).put('media/org-1/asset-2', Buffer.from('x'), 'image/png');
    await expect(attempt).rejects.toBeInstanceOf(BlobStoreError);
    await expect(attempt).rejects.toMatchObject({ status: 403, code: 'SignatureDoesNotMatch', message: expect.stringContaining('S3 PUT media/org-1/asset-2 answered 403 SignatureDoesNotMatch') });
    expect(fake.objects.has('media/org-1/asset-2')).toBe(false);
  });

  it('reports an unknown access key and a missing bucket, not a missing object', async () => {
    await expect(store({ accessKeyId: 'AKIAOTHER' }).get('media/x')).rejects.toMatchObject({ status: 403, code: 'InvalidAccessKeyId' });
    await expect(store({ bucket: 'no-such-bucket' }).get('media/x')).rejects.toMatchObject({ status: 404, code: 'NoSuchBucket' });
  });

  it('maps an unreachable store to a BlobStoreError without a status', async () => {
    const unreachable = createS3BlobStore({ endpoint: 'http://127.0.0.1:1', bucket: 'media-bucket', ...credentials });
    await expect(unreachable.get('media/x')).rejects.toMatchObject({ name: 'BlobStoreError', status: null, message: expect.stringContaining('S3 GET media/x failed') });
  });
});

describe('the fake S3 rejects tampered requests', () => {
  async function signedPut(key: string, body: Buffer) {
    const url = new URL(`${fake.endpoint}/media-bucket/${key}`);
    return { url, headers: signRequest({ method: 'PUT', url, headers: { 'content-type': 'image/png' }, body }, credentials, new Date()) };
  }

  it('accepts the untampered request', async () => {
    const { url, headers } = await signedPut('media/tamper/ok', Buffer.from('original'));
    const response = await fetch(url, { method: 'PUT', headers, body: Buffer.from('original') });
    expect(response.status).toBe(200);
  });

  it('answers 403 SignatureDoesNotMatch when a signed header changes', async () => {
    const { url, headers } = await signedPut('media/tamper/header', Buffer.from('original'));
    const response = await fetch(url, { method: 'PUT', headers: { ...headers, 'content-type': 'text/html' }, body: Buffer.from('original') });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    expect(fake.objects.has('media/tamper/header')).toBe(false);
  });

  it('answers 403 when the request goes to another key than was signed', async () => {
    const { headers } = await signedPut('media/tamper/signed', Buffer.from('original'));
    const response = await fetch(`${fake.endpoint}/media-bucket/media/tamper/other`, { method: 'PUT', headers, body: Buffer.from('original') });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('answers 403 when the signature itself is altered', async () => {
    const { url, headers } = await signedPut('media/tamper/signature', Buffer.from('original'));
    const authorization = (headers.authorization ?? '').replace(/Signature=([0-9a-f])/, (_all, first: string) => `Signature=${first === '0' ? '1' : '0'}`);
    const response = await fetch(url, { method: 'PUT', headers: { ...headers, authorization }, body: Buffer.from('original') });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('answers 400 XAmzContentSHA256Mismatch when the body is swapped', async () => {
    const { url, headers } = await signedPut('media/tamper/body', Buffer.from('original'));
    const response = await fetch(url, { method: 'PUT', headers, body: Buffer.from('swapped!') });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<Code>XAmzContentSHA256Mismatch</Code>');
    expect(fake.objects.has('media/tamper/body')).toBe(false);
  });
});
