import { BlobStoreError, type BlobStore } from '@socialseed/core/ports/blob-store';
import { parseS3Error } from './s3.schemas';
import { signRequest, uriEncode, type SigningCredentials } from './sigv4';

export interface S3BlobStoreOptions extends SigningCredentials {
  /** e.g. https://s3.us-east-1.amazonaws.com, http://minio:9000, https://<account>.r2.cloudflarestorage.com */
  endpoint: string;
  bucket: string;
  /** Per call; an upload of the 20 MiB maximum must fit in it. */
  timeoutMs?: number;
  now?: () => Date;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Objects in one bucket of any S3-compatible store, addressed path-style
 * (`<endpoint>/<bucket>/<key>`), which AWS, MinIO, Ceph, R2 and B2 all accept, and signed with
 * SigV4. Failures become BlobStoreError naming the operation, key, status and S3 error code.
 */
export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore {
  const base = options.endpoint.replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const objectUrl = (key: string) => new URL(`${base}/${uriEncode(options.bucket)}/${key.split('/').map(uriEncode).join('/')}`);

  async function send(method: 'GET' | 'PUT' | 'DELETE', key: string, body: Buffer | null, headers: Record<string, string> = {}): Promise<Response> {
    const url = objectUrl(key);
    const signed = signRequest({ method, url, headers, body }, options, now());
    try {
      return await fetch(url, { method, headers: signed, body: body ? new Uint8Array(body) : undefined, signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
    } catch (error) {
      throw new BlobStoreError(`S3 ${method} ${key} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  async function failure(method: string, key: string, response: Response): Promise<BlobStoreError> {
    const error = parseS3Error(await response.text().catch(() => ''));
    const detail = error ? `${error.code}${error.message ? `: ${error.message}` : ''}` : 'no S3 error body';
    return new BlobStoreError(`S3 ${method} ${key} answered ${response.status} ${detail}`, { status: response.status, code: error?.code ?? null });
  }

  return {
    async put(key, bytes, contentType) {
      const response = await send('PUT', key, bytes, { 'content-type': contentType });
      if (!response.ok) throw await failure('PUT', key, response);
      await response.body?.cancel();
    },
    async get(key) {
      const response = await send('GET', key, null);
      if (response.status === 404) {
        const error = await failure('GET', key, response);
        // A missing object is an answer; a missing bucket is a misconfiguration.
        if (error.code === 'NoSuchKey') return null;
        throw error;
      }
      if (!response.ok) throw await failure('GET', key, response);
      try {
        return Buffer.from(await response.arrayBuffer());
      } catch (error) {
        throw new BlobStoreError(`S3 GET ${key} was cut off`, { status: response.status, cause: error });
      }
    },
    async delete(key) {
      const response = await send('DELETE', key, null);
      if (response.ok) return void (await response.body?.cancel());
      const error = await failure('DELETE', key, response);
      // S3 itself answers 204 for a missing key; some compatible stores answer NoSuchKey.
      if (error.code !== 'NoSuchKey') throw error;
    },
  };
}
