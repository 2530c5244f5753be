import { z } from 'zod';
import { acceptedImageTypes, type MediaAssetRecord } from '@socialseed/core/media/media-asset';
import { timestamp } from '../../http/schemas';

const mimeTypes = Object.keys(acceptedImageTypes) as [keyof typeof acceptedImageTypes, ...Array<keyof typeof acceptedImageTypes>];

export const media = z.object({
  id: z.uuid(),
  mimeType: z.enum(mimeTypes),
  sizeBytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  url: z.string().describe('Where the bytes are served (authenticated, same organization)'),
  createdAt: timestamp,
});

export const mediaResponse = z.object({ media });

/** The public shape of an asset: where to fetch it, never where or how it is stored. */
export function toMediaView(asset: MediaAssetRecord): z.infer<typeof media> {
  return {
    id: asset.id,
    mimeType: asset.mimeType,
    sizeBytes: asset.sizeBytes,
    width: asset.width,
    height: asset.height,
    url: `/api/v1/media/${asset.id}/content`,
    createdAt: asset.createdAt,
  };
}
