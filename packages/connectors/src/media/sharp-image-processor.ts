import sharp, { type Metadata } from 'sharp';
import type { EncodedImage, ImageEncoding, ImageInfo, ImageProcessor } from '@socialseed/core/ports/image-processor';

/** JPEG qualities tried at each size, best first; below 45 artefacts show before bytes drop much. */
const JPEG_QUALITIES = [85, 75, 65, 55, 45] as const;
/** Each size that still does not fit is scaled by this, until the image would be smaller than `MIN_SIDE`. */
const SCALE_STEP = 0.75;
const MIN_SIDE = 16;

function mimeTypeOf(metadata: Metadata): string {
  if (metadata.format === 'heif') return metadata.compression === 'av1' ? 'image/avif' : 'image/heic';
  if (metadata.format === 'svg') return 'image/svg+xml';
  return `image/${metadata.format}`;
}

/**
 * Decoded, upright, fitted into the box, as 8-bit sRGB: the pixels every encoding attempt of one
 * size starts from, so the source is decoded once per size rather than once per attempt.
 */
async function fittedPixels(bytes: Buffer, width: number, height: number) {
  return sharp(bytes)
    .autoOrient()
    .resize({ width, height, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
}

type Pixels = Awaited<ReturnType<typeof fittedPixels>>;

const fromPixels = ({ data, info }: Pixels) => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });

async function smallestJpeg(pixels: Pixels, maxBytes: number): Promise<Buffer | null> {
  for (const quality of JPEG_QUALITIES) {
    // JPEG has no transparency: anything see-through lands on white, as most feeds show it.
    const encoded = await fromPixels(pixels).flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true }).toBuffer();
    if (encoded.length <= maxBytes) return encoded;
  }
  return null;
}

/**
 * The ImageProcessor on sharp (libvips). Output carries no metadata (sharp drops EXIF, GPS and
 * comments unless asked to keep them), and pixels are turned upright first, so what was
 * orientation metadata is now in the pixels.
 */
export function createSharpImageProcessor(): ImageProcessor {
  return {
    async inspect(bytes): Promise<ImageInfo | null> {
      let metadata: Metadata;
      try {
        metadata = await sharp(bytes).metadata();
      } catch {
        return null; // not an image libvips can read
      }
      const mimeType = mimeTypeOf(metadata);
      // An alpha channel that is opaque everywhere (common in screenshots) does not need PNG.
      const hasAlpha = metadata.hasAlpha && !(await sharp(bytes).stats()).isOpaque;
      const animated = (mimeType === 'image/gif' || mimeType === 'image/webp') && (metadata.pages ?? 1) > 1;
      return { mimeType, width: metadata.autoOrient.width, height: metadata.autoOrient.height, hasAlpha, animated };
    },

    async encode(bytes, encoding: ImageEncoding): Promise<EncodedImage | null> {
      let width = encoding.maxWidth;
      let height = encoding.maxHeight;
      let format = encoding.format;
      do {
        const pixels = await fittedPixels(bytes, width, height);
        const size = { width: pixels.info.width, height: pixels.info.height };
        if (format === 'image/png') {
          const png = await fromPixels(pixels).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
          if (png.length <= encoding.maxBytes) return { bytes: png, mimeType: 'image/png', ...size };
          // An opaque image too big as PNG is photo-like: JPEG from here on, before shrinking it.
          if (encoding.jpegFallback) format = 'image/jpeg';
        }
        if (format === 'image/jpeg') {
          const jpeg = await smallestJpeg(pixels, encoding.maxBytes);
          if (jpeg) return { bytes: jpeg, mimeType: 'image/jpeg', ...size };
        }
        width = Math.floor(width * SCALE_STEP);
        height = Math.floor(height * SCALE_STEP);
      } while (Math.min(width, height) >= MIN_SIDE);
      return null;
    },
  };
}
