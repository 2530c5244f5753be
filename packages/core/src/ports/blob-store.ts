/**
 * Bytes kept outside PostgreSQL, addressed by key (media: `media/<organizationId>/<mediaId>`).
 * PostgreSQL stays the default store; a blob store is used only when one is configured.
 */
export interface BlobStore {
  /** Stores (or replaces) the object under `key`. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object's bytes; null when no object has the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the object; succeeds when it is already gone, like S3's DELETE. */
  delete(key: string): Promise<void>;
}

/**
 * A store call that failed: `status` and `code` are the store's answer (e.g. 403
 * SignatureDoesNotMatch), both null when it could not be reached at all.
 */
export class BlobStoreError extends Error {
  readonly status: number | null;
  readonly code: string | null;

  constructor(message: string, options: { status?: number | null; code?: string | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'BlobStoreError';
    this.status = options.status ?? null;
    this.code = options.code ?? null;
  }
}

/** Where an organization's media object lives in a blob store. */
export function mediaObjectKey(organizationId: string, mediaId: string): string {
  return `media/${organizationId}/${mediaId}`;
}
