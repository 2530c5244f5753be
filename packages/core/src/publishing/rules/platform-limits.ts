import type { Platform } from '../platforms';

/**
 * What a platform accepts in one post, in one shape for every platform, so the validator, the
 * composer's live counter and the publisher all read the same numbers. Counts are in the
 * platform's own unit (`lengthUnit`), because that is what its API enforces.
 */
export interface PlatformLimits {
  platform: Platform;
  lengthUnit: 'weighted characters' | 'graphemes';
  /** Longest text, in `lengthUnit`. */
  maxLength: number;
  /** The platform's own length of a text (X: weighted, Bluesky: graphemes, Mastodon: its rule). */
  countLength(text: string): number;
  /** A cap on the UTF-8 size as well (Bluesky: 3000 bytes), or null. */
  maxTextBytes: number | null;
  maxMedia: number;
  allowedMimeTypes: readonly string[];
  /** Largest image file in bytes; `maxBytesByMimeType` overrides it per type. */
  maxImageBytes: number;
  /** Types with their own size cap, e.g. X's animated GIFs (15 MB) or Mastodon's videos. */
  maxBytesByMimeType: Readonly<Record<string, number>>;
  /** Types that must be the post's only attachment (X: one GIF or one video, not with photos). */
  soloMimeTypes: readonly string[];
  /** Largest width × height, or null when the platform documents none. */
  maxImagePixels: number | null;
  altTextRequired: boolean;
  maxAltTextLength: number | null;
  /** Most hashtags per post, or null when the platform documents no limit. */
  maxHashtags: number | null;
  /** Whether a long text can be published as a chain of replies. */
  supportsThreads: boolean;
  /** What delivery fits each image to before uploading it (publishing/delivery/plan-image-fit.ts). */
  imageFit: ImageFitRules;
}

/**
 * The images delivery sends: within the hard limits above, and tighter where sending more only
 * costs upload time because the platform or its own app shrinks them anyway. An image of a
 * `sendTypes` type within `maxBytes`, `maxDimension` and `maxImagePixels` goes out byte for byte;
 * any other is re-encoded (JPEG, or PNG when it is transparent) until it fits.
 */
export interface ImageFitRules {
  /** Image types sent as they are. */
  sendTypes: readonly string[];
  /** Largest image file sent, or null for the hard cap of its type (`maxBytesFor`). */
  maxBytes: number | null;
  /** Longest side in pixels, or null when nothing bounds it. */
  maxDimension: number | null;
}

/** The size cap that applies to a file of `mimeType`. */
export function maxBytesFor(limits: PlatformLimits, mimeType: string): number {
  return limits.maxBytesByMimeType[mimeType] ?? limits.maxImageBytes;
}
