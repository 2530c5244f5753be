import type { Embedding } from '@socialseed/core/ports/text-embedder';

/**
 * Compact text encodings for the numeric arrays stored with every trend. As JSON a MinHash
 * signature is ~3 KB and a lexical embedding ~4 KB per trend; as base64 of 32-bit words they are
 * a third of that, and they are read and written for thousands of trends per run.
 */
const toBase64 = (array: Uint32Array | Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

function fromBase64<T extends Uint32Array | Float32Array>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64');
  // Copy into a fresh, aligned buffer: Buffer's pool may start at an odd offset.
  const aligned = new ArrayBuffer(bytes.length);
  new Uint8Array(aligned).set(bytes);
  return make(aligned);
}

export const encodeSignature = (signature: readonly number[]) => toBase64(Uint32Array.from(signature));
export const decodeSignature = (text: string) => Array.from(fromBase64(text, (buffer) => new Uint32Array(buffer)));

/** `s:<indices>:<values>` for sparse, `d:<values>` for dense; values as float32. */
export function encodeEmbedding(embedding: Embedding): string {
  if (embedding.kind === 'dense') return `d:${toBase64(Float32Array.from(embedding.values))}`;
  return `s:${toBase64(Uint32Array.from(embedding.indices))}:${toBase64(Float32Array.from(embedding.values))}`;
}

export function decodeEmbedding(text: string): Embedding {
  const [kind, first = '', second = ''] = text.split(':');
  if (kind === 'd') return { kind: 'dense', values: Array.from(fromBase64(first, (buffer) => new Float32Array(buffer))) };
  return { kind: 'sparse', indices: Array.from(fromBase64(first, (buffer) => new Uint32Array(buffer))), values: Array.from(fromBase64(second, (buffer) => new Float32Array(buffer))) };
}
