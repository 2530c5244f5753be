import crypto from 'node:crypto';
import type { EncodedImage, ImageEncoding, ImageInfo, ImageProcessor } from '@socialseed/core/ports/image-processor';

/**
 * An ImageProcessor for core tests that need no pixels: `image()` mints bytes the fake then
 * "reads" as the given info, and `encode` answers with bytes of the box's size within the
 * budget, recording every encoding asked for. Bytes it never minted are not an image to it.
 */
export class FakeImageProcessor implements ImageProcessor {
  readonly encodings: ImageEncoding[] = [];
  private readonly known = new Map<string, ImageInfo>();

  /** Bytes of `byteLength` that this fake inspects as `info`. */
  image(info: ImageInfo, byteLength = 1024): Buffer {
    const bytes = Buffer.alloc(byteLength);
    crypto.randomFillSync(bytes);
    this.known.set(bytes.toString('base64'), info);
    return bytes;
  }

  async inspect(bytes: Buffer): Promise<ImageInfo | null> {
    return this.known.get(bytes.toString('base64')) ?? null;
  }

  async encode(_bytes: Buffer, encoding: ImageEncoding): Promise<EncodedImage | null> {
    this.encodings.push(encoding);
    const bytes = this.image({ mimeType: encoding.format, width: encoding.maxWidth, height: encoding.maxHeight, hasAlpha: false, animated: false }, Math.min(encoding.maxBytes, 512));
    return { bytes, mimeType: encoding.format, width: encoding.maxWidth, height: encoding.maxHeight };
  }
}
