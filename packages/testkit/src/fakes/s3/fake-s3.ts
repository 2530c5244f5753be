import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from './s3-signature-check';

export interface FakeS3Options {
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface StoredObject {
  bytes: Buffer;
  contentType: string | undefined;
}

export interface S3RequestLog {
  method: string;
  path: string;
  status: number;
  /** The S3 error code answered, if any. */
  errorCode: string | null;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A local S3 (path-style, one bucket) on 127.0.0.1. It verifies the SigV4 signature of every
 * request with the secret it was given and answers S3's XML errors — 403 SignatureDoesNotMatch /
 * InvalidAccessKeyId, 400 XAmzContentSHA256Mismatch, 404 NoSuchKey / NoSuchBucket — so a passing
 * client test proves the client signs the way S3 checks. Objects live in memory.
 */
export class FakeS3 {
  readonly objects = new Map<string, StoredObject>();
  readonly requests: S3RequestLog[] = [];
  private readonly server: http.Server;
  private origin: string | null = null;

  constructor(readonly options: FakeS3Options) {
    this.server = http.createServer((request, response) => {
      this.serve(request, response).catch((error: unknown) => {
        if (!response.headersSent) this.error(response, request, 500, 'InternalError', error instanceof Error ? error.message : String(error));
      });
    });
  }

  /** e.g. http://127.0.0.1:40123 — what MEDIA_S3_ENDPOINT points at in tests. */
  get endpoint(): string {
    if (!this.origin) throw new Error('fake S3 is not started');
    return this.origin;
  }

  /** The MEDIA_S3_* variables that point the app at this fake. */
  get env(): Record<string, string> {
    return {
      MEDIA_S3_ENDPOINT: this.endpoint,
      MEDIA_S3_BUCKET: this.options.bucket,
      MEDIA_S3_ACCESS_KEY_ID: this.options.accessKeyId,
      MEDIA_S3_SECRET_ACCESS_KEY: this.options.secretAccessKey,
    };
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async serve(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const method = request.method ?? 'GET';
    const rawUrl = request.url ?? '/';
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value]));
    const verdict = verifySignature({ method, rawUrl, headers, body }, this.options);
    if (!verdict.ok) return this.error(response, request, verdict.status, verdict.code, verdict.message);
    const pathname = new URL(rawUrl, 'http://fake.invalid').pathname;
    const [, bucket = '', ...keyParts] = pathname.split('/').map((part) => decodeURIComponent(part));
    if (bucket !== this.options.bucket) return this.error(response, request, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    const key = keyParts.join('/');
    if (!key) return this.error(response, request, 400, 'InvalidRequest', 'The fake serves object operations only');
    if (method === 'PUT') {
      this.objects.set(key, { bytes: body, contentType: headers['content-type'] });
      return this.answer(response, request, 200, { etag: `"${randomUUID()}"` });
    }
    if (method === 'GET') {
      const object = this.objects.get(key);
      if (!object) return this.error(response, request, 404, 'NoSuchKey', 'The specified key does not exist.');
      return this.answer(response, request, 200, { 'content-type': object.contentType ?? 'application/octet-stream' }, object.bytes);
    }
    if (method === 'DELETE') {
      // Like S3: deleting a missing key succeeds.
      this.objects.delete(key);
      return this.answer(response, request, 204, {});
    }
    return this.error(response, request, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
  }

  private answer(response: http.ServerResponse, request: http.IncomingMessage, status: number, headers: Record<string, string>, body?: Buffer, errorCode: string | null = null): void {
    this.requests.push({ method: request.method ?? 'GET', path: request.url ?? '/', status, errorCode });
    response.writeHead(status, { 'x-amz-request-id': randomUUID(), ...headers });
    response.end(body);
  }

  private error(response: http.ServerResponse, request: http.IncomingMessage, status: number, code: string, message: string): void {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message><Resource>${escapeXml(request.url ?? '/')}</Resource><RequestId>${randomUUID()}</RequestId></Error>`;
    this.answer(response, request, status, { 'content-type': 'application/xml' }, Buffer.from(xml), code);
  }
}
