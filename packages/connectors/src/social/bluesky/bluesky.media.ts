import { readImageDimensions } from '@socialseed/core/media/image-dimensions';
import { isAcceptedImageType } from '@socialseed/core/media/sniff-image-type';
import { ProviderError, type MediaUpload } from '@socialseed/core/ports/social-provider';
import type { XrpcClient } from './bluesky.client';
import { uploadBlobSchema, type BlobRef } from './bluesky.schemas';

/** lexicons/app/bsky/embed/images.json: at most 4 images of `image/*`, each up to 2,000,000 B. */
export const MAX_IMAGES = 4;
export const MAX_IMAGE_BYTES = 2_000_000;

export interface ImagesEmbed {
  $type: 'app.bsky.embed.images';
  images: Array<{ image: BlobRef; alt: string; aspectRatio?: { width: number; height: number } }>;
}

/** Checks the limits before any upload, so an impossible post fails at once and is never retried. */
export function assertPublishableMedia(media: MediaUpload[]): void {
  if (media.length > MAX_IMAGES) throw new ProviderError('rejected', `Bluesky takes at most ${MAX_IMAGES} images per post, got ${media.length}`);
  for (const [position, item] of media.entries()) {
    if (!item.mimeType.startsWith('image/')) throw new ProviderError('rejected', `media ${position + 1} is ${item.mimeType}; Bluesky image posts take image/* only`);
    if (item.bytes.length > MAX_IMAGE_BYTES) throw new ProviderError('rejected', `image ${position + 1} is ${item.bytes.length} B; Bluesky allows ${MAX_IMAGE_BYTES} B`);
  }
}

/** Width and height let the apps reserve the image's space before it loads; optional in the lexicon. */
function aspectRatioOf(item: MediaUpload): { width: number; height: number } | null {
  if (!isAcceptedImageType(item.mimeType)) return null;
  const dimensions = readImageDimensions(item.bytes, item.mimeType);
  return dimensions && dimensions.width > 0 && dimensions.height > 0 ? dimensions : null;
}

/**
 * Uploads each image with com.atproto.repo.uploadBlob (raw bytes, their Content-Type) and
 * returns the images embed with each image's alt text; undefined for a text-only post. Blobs
 * are content-addressed, so uploading again after a lost answer is harmless.
 */
export async function uploadImages(client: XrpcClient, media: MediaUpload[]): Promise<ImagesEmbed | undefined> {
  if (media.length === 0) return undefined;
  assertPublishableMedia(media);
  const images: ImagesEmbed['images'] = [];
  for (const item of media) {
    const { blob } = await client.procedure('com.atproto.repo.uploadBlob', item.bytes, uploadBlobSchema, { idempotent: true, contentType: item.mimeType });
    const aspectRatio = aspectRatioOf(item);
    images.push({ image: blob, alt: item.altText, ...(aspectRatio ? { aspectRatio } : {}) });
  }
  return { $type: 'app.bsky.embed.images', images };
}
