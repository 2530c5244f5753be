/**
 * Most bits two 64-bit dHashes may differ by and still be the same picture. Resizing and JPEG
 * recompression move a dHash by 0–4 bits, a small crop by up to about 8; unrelated photos sit
 * around 32 (half the bits), rarely below 20.
 */
export const SAME_IMAGE_MAX_DISTANCE = 10;

const HEX_64 = /^[0-9a-f]{16}$/i;

/** Set bits of a 32-bit word (SWAR popcount). */
function popcount32(word: number): number {
  let bits = word - ((word >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Whether `hex` is a 64-bit hash as the ImageHasher writes it: 16 hex characters. */
export function isImageHash(hex: string): boolean {
  return HEX_64.test(hex);
}

/** The two 32-bit halves of a 64-bit hex hash, high first. */
export function imageHashWords(hex: string): [number, number] {
  if (!isImageHash(hex)) throw new RangeError(`Not a 64-bit hex image hash: ${JSON.stringify(hex)}`);
  return [Number.parseInt(hex.slice(0, 8), 16), Number.parseInt(hex.slice(8), 16)];
}

/** Bits that differ between two 64-bit words given as halves. */
export function wordsDistance(highA: number, lowA: number, highB: number, lowB: number): number {
  return popcount32((highA ^ highB) >>> 0) + popcount32((lowA ^ lowB) >>> 0);
}

/** Hamming distance between two 64-bit dHashes written as 16 hex characters (case-insensitive). */
export function hammingDistance(hexA: string, hexB: string): number {
  const [highA, lowA] = imageHashWords(hexA);
  const [highB, lowB] = imageHashWords(hexB);
  return wordsDistance(highA, lowA, highB, lowB);
}

/** Whether two dHashes are close enough to be the same picture resized, recompressed or slightly cropped. */
export function isSameImage(hexA: string, hexB: string): boolean {
  return hammingDistance(hexA, hexB) <= SAME_IMAGE_MAX_DISTANCE;
}
