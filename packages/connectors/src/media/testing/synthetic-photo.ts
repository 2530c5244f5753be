import sharp from 'sharp';
import { seededRandom } from '@socialseed/core/ai/content/seeded-random';

export type PhotoVariant = 'original' | 'resized' | 'recompressed' | 'cropped-small';

const WIDTH = 800;
const HEIGHT = 600;
const CHANNELS = 3;
/** Share of each edge cut off by the 'cropped-small' variant. */
const SMALL_CROP = 0.03;

interface Blob {
  x: number;
  y: number;
  radiusX: number;
  radiusY: number;
  colour: [number, number, number];
  softness: number;
}

/**
 * Raw RGB pixels of a deterministic "photo": a smooth two-colour gradient in a seeded direction,
 * several soft-edged coloured blobs, and fine grain, so it compresses and scales like a
 * photograph and different seeds give clearly different pictures.
 */
function photoPixels(seed: number): Buffer {
  const random = seededRandom(seed * 2654435761 + 1);
  const colour = (): [number, number, number] => [random() * 255, random() * 255, random() * 255];
  const from = colour();
  const to = colour();
  const angle = random() * Math.PI * 2;
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  const blobs: Blob[] = Array.from({ length: 5 + Math.floor(random() * 5) }, () => ({
    x: random() * WIDTH,
    y: random() * HEIGHT,
    radiusX: 60 + random() * 220,
    radiusY: 60 + random() * 180,
    colour: colour(),
    softness: 0.2 + random() * 0.6,
  }));
  const area = WIDTH * HEIGHT;
  const planes: readonly Float32Array[] = [new Float32Array(area), new Float32Array(area), new Float32Array(area)];
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const t = Math.min(1, Math.max(0, 0.5 + ((x - WIDTH / 2) * dx + (y - HEIGHT / 2) * dy) / WIDTH));
      for (let channel = 0; channel < CHANNELS; channel++) {
        (planes[channel] as Float32Array)[y * WIDTH + x] = (from[channel] as number) + ((to[channel] as number) - (from[channel] as number)) * t;
      }
    }
  }
  for (const blob of blobs) paintBlob(planes, blob);
  const pixels = Buffer.alloc(area * CHANNELS);
  let grain = seed >>> 0;
  for (let index = 0; index < area; index++) {
    grain = (Math.imul(grain, 1103515245) + 12345) >>> 0;
    const noise = ((grain >>> 16) % 17) - 8;
    for (let channel = 0; channel < CHANNELS; channel++) {
      pixels[index * CHANNELS + channel] = Math.max(0, Math.min(255, ((planes[channel] as Float32Array)[index] as number) + noise));
    }
  }
  return pixels;
}

/** Blends a blob over the planes, only within its bounding box: opaque in the middle, fading over the outer `softness`. */
function paintBlob(planes: readonly Float32Array[], blob: Blob): void {
  const top = Math.max(0, Math.floor(blob.y - blob.radiusY));
  const bottom = Math.min(HEIGHT - 1, Math.ceil(blob.y + blob.radiusY));
  const left = Math.max(0, Math.floor(blob.x - blob.radiusX));
  const right = Math.min(WIDTH - 1, Math.ceil(blob.x + blob.radiusX));
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      const distance = Math.hypot((x - blob.x) / blob.radiusX, (y - blob.y) / blob.radiusY);
      if (distance >= 1) continue;
      const alpha = Math.min(1, (1 - distance) / blob.softness);
      for (let channel = 0; channel < CHANNELS; channel++) {
        const plane = planes[channel] as Float32Array;
        const index = y * WIDTH + x;
        plane[index] = (plane[index] as number) + ((blob.colour[channel] as number) - (plane[index] as number)) * alpha;
      }
    }
  }
}

const rendered = new Map<number, Promise<Buffer>>();

/** The seed's photo as an 800×600 JPEG (quality 90); the same seed always gives the same bytes. */
export function renderSyntheticPhoto(seed: number): Promise<Buffer> {
  let photo = rendered.get(seed);
  if (photo === undefined) {
    photo = sharp(photoPixels(seed), { raw: { width: WIDTH, height: HEIGHT, channels: CHANNELS } }).jpeg({ quality: 90 }).toBuffer();
    rendered.set(seed, photo);
  }
  return photo;
}

/**
 * The seed's photo as an outlet might republish it: 'resized' to 400×300, 'recompressed' as a
 * quality-40 JPEG, 'cropped-small' with 3% cut from every edge; 'original' as rendered.
 */
export async function syntheticPhoto(seed: number, variant: PhotoVariant = 'original'): Promise<Buffer> {
  const original = await renderSyntheticPhoto(seed);
  switch (variant) {
    case 'original':
      return original;
    case 'resized':
      return sharp(original).resize(WIDTH / 2, HEIGHT / 2).jpeg({ quality: 80 }).toBuffer();
    case 'recompressed':
      return sharp(original).jpeg({ quality: 40 }).toBuffer();
    case 'cropped-small': {
      const left = Math.round(WIDTH * SMALL_CROP);
      const top = Math.round(HEIGHT * SMALL_CROP);
      return sharp(original)
        .extract({ left, top, width: WIDTH - 2 * left, height: HEIGHT - 2 * top })
        .jpeg({ quality: 85 })
        .toBuffer();
    }
  }
}
