import { seededRandom } from '../../../ai/content/seeded-random';
import type { LabelledImage } from '../labelled-set';

const VARIANT_SALT = { original: 0, resized: 1, recompressed: 2, 'cropped-small': 3 } as const;

const hex32 = (value: number) => (value >>> 0).toString(16).padStart(8, '0');

/**
 * A stand-in for the dHash of a labelled photo where sharp is not available: the same seed gives
 * the same 64 bits, and each variant other than the original flips 1–4 of them (resizing and
 * recompression move a real dHash by about that much). Different seeds give unrelated hashes.
 */
export function fakeImageHash(image: LabelledImage): string {
  const photo = seededRandom(image.seed * 7919 + 17);
  let high = Math.floor(photo() * 2 ** 32);
  let low = Math.floor(photo() * 2 ** 32);
  if (image.variant !== 'original') {
    const edit = seededRandom(image.seed * 31 + VARIANT_SALT[image.variant]);
    const flips = 1 + Math.floor(edit() * 4);
    for (let flip = 0; flip < flips; flip++) {
      const bit = Math.floor(edit() * 64);
      if (bit < 32) high ^= 1 << bit;
      else low ^= 1 << (bit - 32);
    }
  }
  return hex32(high) + hex32(low);
}
