import sharp from 'sharp';
import type { ImageHasher } from '@socialseed/core/ports/image-hasher';
import { readBoundedBody } from '../_shared/read-bounded-body';

export interface DhashImageHasherOptions {
  fetch?: typeof fetch;
  /** Whole fetch, body included. */
  timeoutMs?: number;
  /** Largest image read; a bigger one is given up on as soon as the body passes this. */
  maxBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 5_000;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Decoding a huge picture to hash it 9×8 would only cost memory; news photos are far below this. */
const MAX_INPUT_PIXELS = 50_000_000;
const WIDTH = 9;
const HEIGHT = 8;

/**
 * dHash: the picture upright, squeezed to 9×8 grey (aspect ratio ignored, so a resize does not
 * move it), and one bit per pair of horizontal neighbours, set when the left is brighter. Rows
 * top to bottom, high bit first, as 16 hex characters.
 */
async function differenceHash(bytes: Buffer): Promise<string> {
  const pixels = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    .autoOrient()
    .greyscale()
    .resize(WIDTH, HEIGHT, { fit: 'fill', kernel: 'lanczos3' })
    .raw()
    .toBuffer();
  let hex = '';
  for (let row = 0; row < HEIGHT; row++) {
    let byte = 0;
    for (let column = 0; column < WIDTH - 1; column++) {
      const left = pixels[row * WIDTH + column] as number;
      const right = pixels[row * WIDTH + column + 1] as number;
      byte = (byte << 1) | (left > right ? 1 : 0);
    }
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

/** The ImageHasher on sharp: 64-bit difference hashes, and bounded, failure-tolerant fetching. */
export function createDhashImageHasher(options: DhashImageHasherOptions = {}): ImageHasher {
  const fetchImage = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  return {
    hashBytes: differenceHash,

    async hashUrl(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return null;
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await fetchImage(parsed, { signal: controller.signal, redirect: 'follow', headers: { accept: 'image/*' } });
        if (!response.ok) {
          await response.body?.cancel();
          return null;
        }
        const bytes = await readBoundedBody(response, maxBytes);
        if (bytes === null || bytes.length === 0) return null;
        return await differenceHash(bytes);
      } catch {
        // Unreachable, timed out, cut off or not an image: a trend simply has no picture hash.
        return null;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
