const MiB = 1024 * 1024;

/** Images up to 20 MiB are taken: delivery fits each one to every platform's own limits. */
export const MAX_IMAGE_BYTES = 20 * MiB;

/**
 * Videos up to 100 MiB are taken: about what a default Mastodon server accepts (99 MiB) and plenty
 * for social clips, while an upload, held in memory whole while it is checked, stays bounded.
 */
export const MAX_VIDEO_BYTES = 100 * MiB;

/** The most the HTTP layer reads of any upload: the larger limit; the type's own is checked after sniffing. */
export const MAX_UPLOAD_BYTES = Math.max(MAX_IMAGE_BYTES, MAX_VIDEO_BYTES);

/** Image types accepted for upload, keyed by MIME type, with the magic bytes that prove them. */
export const acceptedImageTypes = {
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/gif': [0x47, 0x49, 0x46, 0x38],
  'image/webp': [0x52, 0x49, 0x46, 0x46],
} as const;

export type AcceptedImageType = keyof typeof acceptedImageTypes;

/** Video types accepted for upload; sniff-video-type.ts proves them from the container. */
export const acceptedVideoTypes = ['video/mp4', 'video/quicktime', 'video/webm'] as const;

export type AcceptedVideoType = (typeof acceptedVideoTypes)[number];

export type AcceptedMediaType = AcceptedImageType | AcceptedVideoType;

export type MediaKind = 'image' | 'video';

/** Every stored MIME type, images first (the order the API documents them in). */
export const acceptedMediaTypes: readonly [AcceptedMediaType, ...AcceptedMediaType[]] = [
  ...(Object.keys(acceptedImageTypes) as [AcceptedImageType, ...AcceptedImageType[]]),
  ...acceptedVideoTypes,
];

export interface NewMediaAsset {
  organizationId: string;
  uploadedByUserId: string;
  kind: MediaKind;
  mimeType: AcceptedMediaType;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  /** A video's length; null for images and for videos whose container does not say. */
  durationMs: number | null;
  sha256: string;
  originalName: string | null;
}

export interface MediaAssetRecord extends NewMediaAsset {
  id: string;
  /** Alt text sent with the image to platforms; null until someone writes it. */
  altText: string | null;
  createdAt: Date;
}

/** Storage an organization's media takes up. */
export interface MediaStorageUsage {
  bytes: number;
  count: number;
}

/** Something that still refers to an asset, so deleting it would break it. */
export interface MediaUse {
  kind: 'brand_logo' | 'post';
  id: string;
  /** Brand name, or the post's status (posts have no title). */
  label: string;
}
