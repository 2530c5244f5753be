import type { Platform } from '../platforms';
import { graphemeLength } from './grapheme-length';
import { mastodonPlatformLimits, type MastodonInstanceLimits } from './mastodon-limits';
import type { PlatformLimits } from './platform-limits';
import { xWeightedLength } from './x-weighted-length';

const MiB = 1024 * 1024;
const commonImageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;

/**
 * The Sandbox network's limits are ours to choose, so they are documented here: 1000 graphemes,
 * 4 images of up to 5 MiB, 30 hashtags. Roomy enough for any real network's copy, strict enough
 * that every path of the validator can be tried offline.
 */
const sandbox: PlatformLimits = {
  platform: 'sandbox',
  lengthUnit: 'graphemes',
  maxLength: 1000,
  countLength: graphemeLength,
  maxTextBytes: null,
  maxMedia: 4,
  allowedMimeTypes: commonImageTypes,
  maxImageBytes: 5 * MiB, // the upload limit (media-asset.ts), so every stored image fits
  maxBytesByMimeType: {},
  soloMimeTypes: [],
  maxImagePixels: null,
  altTextRequired: false,
  maxAltTextLength: 1000,
  maxHashtags: 30,
  supportsThreads: true,
  imageFit: { sendTypes: commonImageTypes, maxBytes: null, maxDimension: null },
};

/**
 * X API v2: 280 weighted characters; 4 photos (5 MB) or one GIF (15 MB); threads as reply chains.
 * Delivery sends what the one-shot upload takes (no GIF: that needs the chunked upload) and at most
 * 4096 px a side, the largest size X serves a photo in.
 */
const x: PlatformLimits = {
  platform: 'x',
  lengthUnit: 'weighted characters',
  maxLength: 280,
  countLength: xWeightedLength,
  maxTextBytes: null,
  maxMedia: 4,
  allowedMimeTypes: commonImageTypes,
  maxImageBytes: 5 * MiB,
  maxBytesByMimeType: { 'image/gif': 15 * MiB },
  soloMimeTypes: ['image/gif'],
  maxImagePixels: null,
  altTextRequired: false,
  maxAltTextLength: null,
  maxHashtags: null,
  supportsThreads: true,
  imageFit: { sendTypes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: null, maxDimension: 4096 },
};

/**
 * app.bsky.feed.post: 300 graphemes and 3000 bytes; app.bsky.embed.images: 4 images of ≤ 2,000,000 B,
 * each with alt text. Delivery sends images as the official app does (bluesky-social/social-app
 * `POST_IMG_MAX`): JPEG or PNG, at most 2000 px a side and 1,000,000 bytes.
 */
const bluesky: PlatformLimits = {
  platform: 'bluesky',
  lengthUnit: 'graphemes',
  maxLength: 300,
  countLength: graphemeLength,
  maxTextBytes: 3000,
  maxMedia: 4,
  allowedMimeTypes: commonImageTypes,
  maxImageBytes: 2_000_000,
  maxBytesByMimeType: {},
  soloMimeTypes: [],
  maxImagePixels: null,
  altTextRequired: true,
  maxAltTextLength: null,
  maxHashtags: null,
  supportsThreads: true,
  imageFit: { sendTypes: ['image/jpeg', 'image/png'], maxBytes: 1_000_000, maxDimension: 2000 },
};

export interface PlatformLimitsOptions {
  /** A Mastodon server's own limits (GET /api/v2/instance); upstream defaults without them. */
  mastodonInstance?: MastodonInstanceLimits;
}

/**
 * One platform's rules for a post. Mastodon's depend on the server, so pass its instance limits
 * when the account is known; the others are fixed by their APIs (see PLATFORMS.md).
 */
export function platformLimits(platform: Platform, options: PlatformLimitsOptions = {}): PlatformLimits {
  switch (platform) {
    case 'sandbox':
      return sandbox;
    case 'x':
      return x;
    case 'bluesky':
      return bluesky;
    case 'mastodon':
      return mastodonPlatformLimits(options.mastodonInstance);
  }
}
