/** Images up to 20 MiB are taken: delivery fits each one to every platform's own limits. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Image types accepted for upload, keyed by MIME type, with the magic bytes that prove them. */
export const acceptedImageTypes = {
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/gif': [0x47, 0x49, 0x46, 0x38],
  'image/webp': [0x52, 0x49, 0x46, 0x46],
} as const;

export type AcceptedImageType = keyof typeof acceptedImageTypes;

export interface NewMediaAsset {
  organizationId: string;
  uploadedByUserId: string;
  kind: 'image';
  mimeType: AcceptedImageType;
  sizeBytes: number;
  width: number | null;
  height: number | null;
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
