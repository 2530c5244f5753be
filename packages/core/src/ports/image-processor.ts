/** What an image's bytes say about it, read by the processor (never trusted from the upload). */
export interface ImageInfo {
  /** The format the bytes really are: image/jpeg, image/png, image/webp, image/gif, image/avif, image/heic … */
  mimeType: string;
  /** Size as displayed, i.e. after the EXIF orientation is applied. */
  width: number;
  height: number;
  /** Has transparent pixels (an alpha channel that is not fully opaque). */
  hasAlpha: boolean;
  /** More than one frame (animated GIF or WebP): re-encoding it to a still would lose the animation. */
  animated: boolean;
}

/** How to re-encode one image; decided in core (publishing/delivery/plan-image-fit.ts). */
export interface ImageEncoding {
  format: 'image/jpeg' | 'image/png';
  /** The box the image must fit inside; its aspect ratio is kept and it is never enlarged. */
  maxWidth: number;
  maxHeight: number;
  maxBytes: number;
  /** PNG only: an opaque image may become a JPEG when no PNG of it fits `maxBytes`. */
  jpegFallback: boolean;
}

export interface EncodedImage {
  bytes: Buffer;
  mimeType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

/**
 * Pixel work on images (sharp in production: packages/connectors/src/media). The decisions —
 * whether an image must change and to what — are core's; this only reads and re-encodes.
 */
export interface ImageProcessor {
  /** Null when the bytes are not an image this processor can decode. */
  inspect(bytes: Buffer): Promise<ImageInfo | null>;
  /**
   * Re-encodes to `encoding`: turned upright by its EXIF orientation, metadata stripped, fitted
   * inside the box, then JPEG quality stepped down and the size scaled down until it fits
   * `maxBytes`. Null when even the smallest attempt does not fit.
   */
  encode(bytes: Buffer, encoding: ImageEncoding): Promise<EncodedImage | null>;
}
