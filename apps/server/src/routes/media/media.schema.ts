import { z } from 'zod';
import { acceptedMediaTypes, type MediaAssetRecord } from '@socialseed/core/media/media-asset';
import { platforms } from '@socialseed/core/publishing/platforms';
import { pageOf, timestamp } from '../../http/schemas';

export const media = z.object({
  id: z.uuid(),
  kind: z.enum(['image', 'video']),
  mimeType: z.enum(acceptedMediaTypes),
  sizeBytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  durationMs: z.number().int().nullable().describe("A video's length; null for images and when the video does not say (WebM)"),
  altText: z.string().nullable(),
  url: z.string().describe('Where the bytes are served (authenticated, same organization)'),
  createdAt: timestamp,
});

export const mediaResponse = z.object({ media });

export const mediaPage = pageOf(media);

export const storageUsageResponse = z.object({
  bytes: z.number().int().describe('Bytes of every uploaded asset of the organization'),
  count: z.number().int(),
});

export const optimizeBody = z.object({
  platforms: z.array(z.enum(platforms)).min(1, 'Choose at least one platform').max(platforms.length, 'Name each platform once'),
});

export const optimizeResponse = z.object({
  renditions: z.array(
    z.object({
      platform: z.enum(platforms),
      mimeType: z.string(),
      width: z.number().int(),
      height: z.number().int(),
      sizeBytes: z.number().int(),
      changed: z.boolean().describe('False when the platform receives the uploaded bytes untouched'),
      problem: z.string().nullable().describe('Why delivery would refuse the image there; null when it is sent'),
    }),
  ),
});

/** The public shape of an asset: where to fetch it, never where or how it is stored. */
export function toMediaView(asset: MediaAssetRecord): z.infer<typeof media> {
  return {
    id: asset.id,
    kind: asset.kind,
    mimeType: asset.mimeType,
    sizeBytes: asset.sizeBytes,
    width: asset.width,
    height: asset.height,
    durationMs: asset.durationMs,
    altText: asset.altText,
    url: `/api/v1/media/${asset.id}/content`,
    createdAt: asset.createdAt,
  };
}
