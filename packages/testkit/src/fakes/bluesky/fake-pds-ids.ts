import { createHash } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** TIDs use a sortable base32 so that newer keys compare greater as plain strings. */
const SORTABLE_BASE32 = '234567abcdefghijklmnopqrstuvwxyz';

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();

/**
 * A real CIDv1 (sha2-256, base32 multibase), so clients and the lexicon `cid` format accept it.
 * Records use the dag-cbor codec and blobs the raw codec, as on a PDS; the digest covers the
 * JSON text rather than DAG-CBOR bytes, which no client can tell apart.
 */
export function cidFor(content: string | Uint8Array, codec: 'dag-cbor' | 'raw'): string {
  const header = [0x01, codec === 'dag-cbor' ? 0x71 : 0x55, 0x12, 0x20];
  return `b${base32(Uint8Array.from([...header, ...sha256(content)]))}`;
}

/** did:plc ids are 24 base32 characters; deriving them from the handle keeps runs reproducible. */
export function didForHandle(handle: string): string {
  return `did:plc:${base32(sha256(`fake-pds:${handle}`)).slice(0, 24)}`;
}

/** Timestamp of the first TID; later ones step 1 ms per record, independent of the wall clock. */
const FIRST_TID_MICROS = 1_735_689_600_000_000n; // 2025-01-01T00:00:00Z

/** The n-th timestamp identifier (record key / revision): 13 sortable base32 characters. */
export function tidFor(sequence: number): string {
  // The low 10 bits are the clock id, always 0 here.
  let value = (FIRST_TID_MICROS + BigInt(sequence) * 1000n) << 10n;
  let out = '';
  for (let index = 0; index < 13; index += 1) {
    out = SORTABLE_BASE32[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}
