import type { FakeRepoStore } from './fake-pds-store';

/** app.bsky.embed.images#image: `accept: ["image/*"]`, `maxSize: 2000000`. */
export const IMAGE_MAX_BYTES = 2_000_000;

interface JsonBlobRef {
  $type: 'blob';
  ref?: { $link?: unknown };
  mimeType?: unknown;
  size?: unknown;
}

function collectBlobRefs(value: unknown, at: string, found: Array<{ at: string; ref: JsonBlobRef }>): void {
  if (Array.isArray(value)) value.forEach((item, index) => collectBlobRefs(item, `${at}/${index}`, found));
  else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (object.$type === 'blob') found.push({ at, ref: object as unknown as JsonBlobRef });
    else for (const [key, child] of Object.entries(object)) collectBlobRefs(child, `${at}/${key}`, found);
  }
}

function embeddedImages(record: Record<string, unknown>): unknown[] {
  const embed = record.embed as { $type?: unknown; images?: unknown; media?: { $type?: unknown; images?: unknown } } | undefined;
  if (embed?.$type === 'app.bsky.embed.images' && Array.isArray(embed.images)) return embed.images;
  if (embed?.$type === 'app.bsky.embed.recordWithMedia' && embed.media?.$type === 'app.bsky.embed.images' && Array.isArray(embed.media.images)) return embed.media.images;
  return [];
}

/**
 * What the PDS checks when a record references blobs, beyond the lexicon shape: each blob was
 * uploaded by this account, the ref repeats uploadBlob's answer exactly, and images honour
 * their `accept` and `maxSize`. Returns one message per problem.
 */
export function blobReferenceProblems(store: FakeRepoStore, did: string, record: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const refs: Array<{ at: string; ref: JsonBlobRef }> = [];
  collectBlobRefs(record, 'Record', refs);
  for (const { at, ref } of refs) {
    const cid = ref.ref?.$link;
    const blob = typeof cid === 'string' ? store.blobs.get(cid) : undefined;
    if (!blob || blob.did !== did) problems.push(`${at}: could not find blob ${String(cid)} uploaded by ${did}`);
    else if (blob.mimeType !== ref.mimeType || blob.size !== ref.size) problems.push(`${at}: mimeType/size differ from the uploaded blob (${blob.mimeType}, ${blob.size} B)`);
  }
  embeddedImages(record).forEach((image, index) => {
    const blob = (image as { image?: JsonBlobRef }).image;
    if (typeof blob?.mimeType === 'string' && !blob.mimeType.startsWith('image/')) problems.push(`Record/embed/images/${index}/image: mimeType ${blob.mimeType} is not image/*`);
    if (typeof blob?.size === 'number' && blob.size > IMAGE_MAX_BYTES) problems.push(`Record/embed/images/${index}/image: ${blob.size} B exceeds ${IMAGE_MAX_BYTES} B`);
  });
  return problems;
}
