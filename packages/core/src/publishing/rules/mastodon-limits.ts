import { z } from 'zod';
import { mastodonLength } from './mastodon-length';
import type { PlatformLimits } from './platform-limits';

/** The limits a Mastodon server announces; every server may choose its own. */
export interface MastodonInstanceLimits {
  maxCharacters: number;
  charactersReservedPerUrl: number;
  maxMediaAttachments: number;
  supportedMimeTypes: string[];
  imageSizeLimit: number;
  imageMatrixLimit: number;
  videoSizeLimit: number;
  descriptionLimit: number;
}

/**
 * Upstream Mastodon's values (the documented v2 instance example for mastodon.social), used for
 * any field a server leaves out or garbles: 500 characters, URLs 23, 4 attachments, 16 MiB images.
 */
export const mastodonDefaultLimits: MastodonInstanceLimits = {
  maxCharacters: 500,
  charactersReservedPerUrl: 23,
  maxMediaAttachments: 4,
  supportedMimeTypes: [
    'image/jpeg', 'image/png', 'image/gif', 'image/heic', 'image/heif', 'image/webp', 'image/avif',
    'video/webm', 'video/mp4', 'video/quicktime', 'video/ogg',
    'audio/wave', 'audio/wav', 'audio/x-wav', 'audio/x-pn-wave', 'audio/vnd.wave', 'audio/ogg', 'audio/vorbis', 'audio/mpeg',
    'audio/mp3', 'audio/webm', 'audio/flac', 'audio/aac', 'audio/m4a', 'audio/x-m4a', 'audio/mp4', 'audio/3gpp', 'video/x-ms-asf',
  ],
  imageSizeLimit: 16_777_216,
  imageMatrixLimit: 33_177_600,
  videoSizeLimit: 103_809_024,
  descriptionLimit: 1500,
};

/** A field that is absent or malformed falls back to the default instead of failing the whole parse. */
const count = z.number().int().nonnegative().optional().catch(undefined);
const positive = z.number().int().positive().optional().catch(undefined);

/**
 * The part of GET /api/v2/instance that limits posts (Instance.configuration, see
 * https://docs.joinmastodon.org/entities/Instance/#configuration). Lenient on purpose: forks
 * (glitch-soc, Hometown, GoToSocial) add, omit or mistype fields, and a bad optional number must
 * not stop anyone from posting.
 */
export const mastodonInstanceSchema = z.object({
  configuration: z
    .object({
      statuses: z
        .object({ max_characters: positive, characters_reserved_per_url: count, max_media_attachments: count })
        .optional()
        .catch(undefined),
      media_attachments: z
        .object({
          supported_mime_types: z.array(z.string()).optional().catch(undefined),
          image_size_limit: positive,
          image_matrix_limit: positive,
          video_size_limit: positive,
          description_limit: positive.nullable().catch(undefined),
        })
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
});

/** A server's limits from its instance document, with Mastodon's defaults for whatever is missing. */
export function parseMastodonInstanceLimits(body: unknown): MastodonInstanceLimits {
  const parsed = mastodonInstanceSchema.safeParse(body);
  const statuses = parsed.success ? parsed.data.configuration?.statuses : undefined;
  const media = parsed.success ? parsed.data.configuration?.media_attachments : undefined;
  const defaults = mastodonDefaultLimits;
  return {
    maxCharacters: statuses?.max_characters ?? defaults.maxCharacters,
    charactersReservedPerUrl: statuses?.characters_reserved_per_url ?? defaults.charactersReservedPerUrl,
    maxMediaAttachments: statuses?.max_media_attachments ?? defaults.maxMediaAttachments,
    supportedMimeTypes: media?.supported_mime_types ?? defaults.supportedMimeTypes,
    imageSizeLimit: media?.image_size_limit ?? defaults.imageSizeLimit,
    imageMatrixLimit: media?.image_matrix_limit ?? defaults.imageMatrixLimit,
    videoSizeLimit: media?.video_size_limit ?? defaults.videoSizeLimit,
    descriptionLimit: media?.description_limit ?? defaults.descriptionLimit,
  };
}

/** Mastodon's rules for posting to a server with these limits. */
export function mastodonPlatformLimits(instance: MastodonInstanceLimits = mastodonDefaultLimits): PlatformLimits {
  const largeTypes = instance.supportedMimeTypes.filter((type) => type.startsWith('video/') || type.startsWith('audio/'));
  return {
    platform: 'mastodon',
    lengthUnit: 'graphemes',
    maxLength: instance.maxCharacters,
    countLength: (text) => mastodonLength(text, instance.charactersReservedPerUrl),
    maxTextBytes: null,
    maxMedia: instance.maxMediaAttachments,
    allowedMimeTypes: instance.supportedMimeTypes,
    maxImageBytes: instance.imageSizeLimit,
    maxBytesByMimeType: Object.fromEntries(largeTypes.map((type) => [type, instance.videoSizeLimit])),
    soloMimeTypes: largeTypes, // one video or audio file, never beside images
    maxImagePixels: instance.imageMatrixLimit,
    altTextRequired: false,
    maxAltTextLength: instance.descriptionLimit,
    maxHashtags: null,
    supportsThreads: true,
    // The server converts what it announces itself; its matrix limit is `maxImagePixels` above.
    imageFit: { sendTypes: instance.supportedMimeTypes.filter((type) => type.startsWith('image/')), maxBytes: null, maxDimension: null },
  };
}
