import { describe, expect, it } from 'vitest';
import { FakeImageProcessor } from '@socialseed/testkit/fakes/images/fake-image-processor';
import { makeMp4 } from '@socialseed/testkit/fixtures/video-fixtures';
import type { ImageProcessor } from '../../ports/image-processor';
import { mastodonPlatformLimits } from '../rules/mastodon-limits';
import { adaptMedia } from './adapt-media';

/** Counts what reaches the image processor: a video must never be handed to it. */
class CountingImages implements ImageProcessor {
  inspected = 0;
  constructor(private readonly inner: FakeImageProcessor) {}
  inspect(bytes: Buffer) {
    this.inspected += 1;
    return this.inner.inspect(bytes);
  }
  encode(...args: Parameters<ImageProcessor['encode']>) {
    return this.inner.encode(...args);
  }
}

describe('adaptMedia', () => {
  it('refuses a video as rejected, naming it and Socialseed, before the image processor sees it', async () => {
    const fake = new FakeImageProcessor();
    const images = new CountingImages(fake);
    const photo = fake.image({ mimeType: 'image/png', width: 10, height: 10, hasAlpha: false, animated: false });
    // Mastodon takes video itself, so only our own rule stands between a video and the processor.
    const attempt = adaptMedia(images, [{ bytes: makeMp4(), mimeType: 'video/mp4', altText: '' }, { bytes: photo, mimeType: 'image/png', altText: '' }], mastodonPlatformLimits());
    await expect(attempt).rejects.toMatchObject({ kind: 'rejected', message: expect.stringMatching(/Attachment 1 of 2 is a video: posting video to Mastodon is not supported by Socialseed yet/) });
    expect(images.inspected).toBe(0);
  });

  it('passes an image that fits on untouched', async () => {
    const fake = new FakeImageProcessor();
    const photo = fake.image({ mimeType: 'image/png', width: 10, height: 10, hasAlpha: false, animated: false });
    const upload = { bytes: photo, mimeType: 'image/png', altText: 'A dot' };
    expect(await adaptMedia(fake, [upload], mastodonPlatformLimits())).toEqual([upload]);
  });
});
