import { describe, expect, it } from 'vitest';
import type { ImageInfo } from '../../ports/image-processor';
import { mastodonDefaultLimits } from '../rules/mastodon-limits';
import { platformLimits } from '../rules/platform-rules';
import { fitBox, planImageFit } from './plan-image-fit';

const photo = (overrides: Partial<ImageInfo> = {}): ImageInfo => ({ mimeType: 'image/jpeg', width: 1200, height: 800, hasAlpha: false, animated: false, ...overrides });

describe('fitBox', () => {
  it('keeps an image within the limits at its own size', () => {
    expect(fitBox(1200, 800, 2000, null)).toEqual({ width: 1200, height: 800 });
  });

  it('scales the longest side down to the limit, keeping the aspect ratio', () => {
    expect(fitBox(6000, 4000, 2000, null)).toEqual({ width: 2000, height: 1333 });
    expect(fitBox(3000, 9000, 2000, null)).toEqual({ width: 666, height: 2000 });
  });

  it('honours a pixel-count limit, rounding down so it is never exceeded', () => {
    const box = fitBox(10_000, 8_000, null, 33_177_600);
    expect(box.width * box.height).toBeLessThanOrEqual(33_177_600);
    expect(box.width / box.height).toBeCloseTo(10_000 / 8_000, 2);
  });
});

describe('planImageFit', () => {
  it('keeps an image within every rule byte for byte', () => {
    expect(planImageFit(photo(), 300_000, platformLimits('bluesky'))).toEqual({ action: 'keep' });
    expect(planImageFit(photo({ mimeType: 'image/webp' }), 300_000, platformLimits('x'))).toEqual({ action: 'keep' });
  });

  it('fits a huge PNG to Bluesky: 2000 px box, 1,000,000 bytes, PNG that may become JPEG', () => {
    const plan = planImageFit(photo({ mimeType: 'image/png', width: 6000, height: 4000 }), 20_000_000, platformLimits('bluesky'));
    expect(plan).toMatchObject({ action: 'encode', encoding: { format: 'image/png', jpegFallback: true, maxWidth: 2000, maxHeight: 1333, maxBytes: 1_000_000 } });
  });

  it('keeps a transparent PNG a PNG', () => {
    const plan = planImageFit(photo({ mimeType: 'image/png', width: 5000, height: 5000, hasAlpha: true }), 3_000_000, platformLimits('bluesky'));
    expect(plan).toMatchObject({ action: 'encode', encoding: { format: 'image/png', jpegFallback: false } });
  });

  it('converts a type the platform is not sent (WebP to Bluesky, or to a server without WebP)', () => {
    expect(planImageFit(photo({ mimeType: 'image/webp' }), 100_000, platformLimits('bluesky'))).toMatchObject({ action: 'encode', encoding: { format: 'image/jpeg', maxWidth: 1200, maxHeight: 800 } });
    const noWebp = platformLimits('mastodon', { mastodonInstance: { ...mastodonDefaultLimits, supportedMimeTypes: ['image/jpeg', 'image/png', 'image/gif'] } });
    expect(planImageFit(photo({ mimeType: 'image/webp', hasAlpha: true }), 100_000, noWebp)).toMatchObject({ action: 'encode', encoding: { format: 'image/png' } });
    expect(planImageFit(photo({ mimeType: 'image/avif' }), 100_000, platformLimits('x'))).toMatchObject({ action: 'encode', encoding: { format: 'image/jpeg' } });
  });

  it('re-encodes a file over the byte cap at its own size', () => {
    const plan = planImageFit(photo(), 6 * 1024 * 1024, platformLimits('x'));
    expect(plan).toMatchObject({ action: 'encode', encoding: { format: 'image/jpeg', maxWidth: 1200, maxHeight: 800, maxBytes: 5 * 1024 * 1024 } });
  });

  it("uses a Mastodon server's pixel matrix", () => {
    const limits = platformLimits('mastodon', { mastodonInstance: { ...mastodonDefaultLimits, imageMatrixLimit: 1_000_000 } });
    const plan = planImageFit(photo({ width: 2000, height: 1000 }), 500_000, limits);
    expect(plan.action).toBe('encode');
    if (plan.action === 'encode') expect(plan.encoding.maxWidth * plan.encoding.maxHeight).toBeLessThanOrEqual(1_000_000);
  });

  it('refuses to flatten an animation, but lets one through when it fits', () => {
    expect(planImageFit(photo({ mimeType: 'image/gif', animated: true }), 3_000_000, platformLimits('sandbox'))).toEqual({ action: 'keep' });
    expect(planImageFit(photo({ mimeType: 'image/gif', animated: true }), 3_000_000, platformLimits('x')).action).toBe('refuse');
  });
});
