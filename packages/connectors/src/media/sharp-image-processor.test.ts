import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { adaptMedia } from '@socialseed/core/publishing/delivery/adapt-media';
import { mastodonDefaultLimits } from '@socialseed/core/publishing/rules/mastodon-limits';
import { platformLimits } from '@socialseed/core/publishing/rules/platform-rules';
import { createSharpImageProcessor } from './sharp-image-processor';

const processor = createSharpImageProcessor();

/**
 * A photo-like test image: smooth gradients with grain, so it compresses like a photograph
 * (neither a flat colour that any encoder shrinks to nothing, nor pure noise).
 */
function photoPixels(width: number, height: number, channels: 3 | 4 = 3): Buffer {
  const pixels = Buffer.alloc(width * height * channels);
  let seed = 12345;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const grain = (seed % 48) - 24;
      const offset = (y * width + x) * channels;
      pixels[offset] = Math.max(0, Math.min(255, (x * 255) / width + grain));
      pixels[offset + 1] = Math.max(0, Math.min(255, (y * 255) / height + grain));
      pixels[offset + 2] = Math.max(0, Math.min(255, 128 + 100 * Math.sin((x + y) / 50) + grain));
      if (channels === 4) pixels[offset + 3] = x < width / 2 ? 255 : 96;
    }
  }
  return pixels;
}

const image = (width: number, height: number, channels: 3 | 4 = 3) => sharp(photoPixels(width, height, channels), { raw: { width, height, channels } });
const upload = (bytes: Buffer, mimeType: string) => ({ bytes, mimeType, altText: 'a test image' });

describe('SharpImageProcessor with the platform rules', () => {
  it('fits a 6000×4000 PNG to Bluesky: at most 1,000,000 bytes, a type Bluesky is sent, same aspect ratio', async () => {
    const png = await image(6000, 4000).png({ compressionLevel: 1 }).toBuffer();
    expect(png.length).toBeGreaterThan(1_000_000);
    const [adapted] = await adaptMedia(processor, [upload(png, 'image/png')], platformLimits('bluesky'));
    expect(adapted?.bytes.length).toBeLessThanOrEqual(1_000_000);
    expect(['image/jpeg', 'image/png']).toContain(adapted?.mimeType);
    const metadata = await sharp(adapted?.bytes).metadata();
    expect(`image/${metadata.format}`).toBe(adapted?.mimeType);
    expect(Math.max(metadata.width, metadata.height)).toBeLessThanOrEqual(2000);
    expect(Math.abs(metadata.width / metadata.height - 1.5) / 1.5).toBeLessThan(0.01);
    expect(adapted?.altText).toBe('a test image');
  }, 60_000);

  it('converts a WebP for a server that does not take WebP: opaque to JPEG, transparent to PNG', async () => {
    const limits = platformLimits('mastodon', { mastodonInstance: { ...mastodonDefaultLimits, supportedMimeTypes: ['image/jpeg', 'image/png', 'image/gif'] } });
    const opaque = await image(800, 600).webp().toBuffer();
    const transparent = await image(400, 300, 4).webp().toBuffer();
    const [jpeg, png] = await adaptMedia(processor, [upload(opaque, 'image/webp'), upload(transparent, 'image/webp')], limits);
    expect(jpeg?.mimeType).toBe('image/jpeg');
    expect(await sharp(jpeg?.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 800, height: 600 });
    expect(png?.mimeType).toBe('image/png');
    expect(await sharp(png?.bytes).metadata()).toMatchObject({ format: 'png', width: 400, height: 300, hasAlpha: true });
  });

  it('passes a small JPEG through byte for byte', async () => {
    const small = await image(640, 480).jpeg({ quality: 80 }).toBuffer();
    for (const platform of ['bluesky', 'x', 'mastodon', 'sandbox'] as const) {
      const [adapted] = await adaptMedia(processor, [upload(small, 'image/jpeg')], platformLimits(platform));
      expect(adapted?.bytes.equals(small), platform).toBe(true);
      expect(adapted?.mimeType).toBe('image/jpeg');
    }
  });

  it('turns an image upright by its EXIF orientation and strips its metadata when it re-encodes', async () => {
    // Stored 3000×1000 with orientation 6 (rotate 90°): shown as 1000×3000, too tall for Bluesky.
    const sideways = await image(3000, 1000).jpeg().withExif({ IFD0: { Artist: 'Someone', Copyright: 'Private' } }).withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    expect(await processor.inspect(sideways)).toMatchObject({ mimeType: 'image/jpeg', width: 1000, height: 3000 });
    const [adapted] = await adaptMedia(processor, [upload(sideways, 'image/jpeg')], platformLimits('bluesky'));
    const metadata = await sharp(adapted?.bytes).metadata();
    // Upright now: tall, within 2000 px, the 1:3 shape kept (libvips rounds to whole pixels).
    expect(metadata.width).toBe(666);
    expect(metadata.height).toBeGreaterThan(1990);
    expect(metadata.height).toBeLessThanOrEqual(2000);
    expect(metadata.orientation).toBeUndefined();
    expect(metadata.exif).toBeUndefined();
  });

  it('reads what it cannot decode as no image, and a PNG with an opaque alpha channel as opaque', async () => {
    expect(await processor.inspect(Buffer.from('definitely not an image'))).toBeNull();
    const opaqueRgba = await sharp({ create: { width: 64, height: 64, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 1 } } }).png().toBuffer();
    expect(await processor.inspect(opaqueRgba)).toEqual({ mimeType: 'image/png', width: 64, height: 64, hasAlpha: false, animated: false });
  });

  it('gives up (null) when even the smallest attempt cannot fit the budget', async () => {
    const png = await image(200, 200).png().toBuffer();
    expect(await processor.encode(png, { format: 'image/jpeg', maxWidth: 200, maxHeight: 200, maxBytes: 50, jpegFallback: false })).toBeNull();
  });
});
