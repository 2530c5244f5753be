import sharp from 'sharp';
import type { Box } from '@socialseed/core/ai/graphics/layouts';
import type { Rgb } from '@socialseed/core/ai/graphics/contrast';

/**
 * Pixel measurements of rendered graphics, for tests and for anyone checking a render by its
 * pixels rather than by what the renderer says it did.
 */
export interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

export async function decodePixels(bytes: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The smallest box holding every pixel that differs between two renders of one size; null if none does. */
export function changedBounds(a: Pixels, b: Pixels, threshold = 8): Box | null {
  let left = Infinity;
  let top = Infinity;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < a.height; y += 1) {
    for (let x = 0; x < a.width; x += 1) {
      const at = (y * a.width + x) * 3;
      const delta = Math.abs((a.data[at] ?? 0) - (b.data[at] ?? 0)) + Math.abs((a.data[at + 1] ?? 0) - (b.data[at + 1] ?? 0)) + Math.abs((a.data[at + 2] ?? 0) - (b.data[at + 2] ?? 0));
      if (delta <= threshold) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return right < 0 ? null : { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

/** Whether `inner` lies entirely inside `outer`. */
export function within(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Every distinct colour inside `box` (quantised to exact RGB), for worst-case contrast checks. */
export function coloursIn(pixels: Pixels, box: Box): Rgb[] {
  const seen = new Map<number, Rgb>();
  for (let y = box.y; y < box.y + box.height; y += 1) {
    for (let x = box.x; x < box.x + box.width; x += 1) {
      const at = (y * pixels.width + x) * 3;
      const r = pixels.data[at] ?? 0;
      const g = pixels.data[at + 1] ?? 0;
      const b = pixels.data[at + 2] ?? 0;
      seen.set((r << 16) | (g << 8) | b, { r, g, b });
    }
  }
  return [...seen.values()];
}
