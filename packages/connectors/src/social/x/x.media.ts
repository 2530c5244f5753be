import { ProviderError, type MediaUpload } from '@socialseed/core/ports/social-provider';
import type { XApi, XCaller } from './x.client';
import { xMediaMetadataSchema, xMediaUploadSchema } from './x.schemas';

/** Image types the one-shot upload takes (MediaUploadRequestOneShot.media_type in the spec). */
const oneShotImageTypes = new Set(['image/jpeg', 'image/pjpeg', 'image/png', 'image/webp', 'image/bmp', 'image/tiff']);
const maxImageBytes = 5 * 1024 * 1024;
/** X allows up to 4 photos per post. */
export const xMaxImages = 4;
const maxAltTextLength = 1000;

/** Refuses locally what X would refuse anyway, so a bad attachment costs no API call. */
export function checkXMedia(media: MediaUpload[]): void {
  if (media.length > xMaxImages) throw new ProviderError('rejected', `X takes at most ${xMaxImages} images per post, got ${media.length}`);
  for (const item of media) {
    if (!oneShotImageTypes.has(item.mimeType)) {
      throw new ProviderError('rejected', `X one-shot upload takes JPEG, PNG, WebP, BMP or TIFF images; ${item.mimeType} needs the chunked upload, which this connector does not do`);
    }
    if (item.bytes.length > maxImageBytes) throw new ProviderError('rejected', `X images must be at most 5 MB, got ${item.bytes.length} bytes`);
  }
}

/**
 * Uploads one image with POST /2/media/upload (multipart, media_category tweet_image) and sets
 * its alt text with POST /2/media/metadata. Uploads count as idempotent: repeating one after a
 * lost answer only leaves an unused media id, which X discards after expires_after_secs.
 */
export async function uploadXImage(api: XApi, caller: XCaller, media: MediaUpload, timeoutMs: number): Promise<string> {
  const form = new FormData();
  form.append('media', new Blob([new Uint8Array(media.bytes)], { type: media.mimeType }), 'image');
  form.append('media_category', 'tweet_image');
  form.append('media_type', media.mimeType);
  const uploaded = await api.call(caller, { method: 'POST', path: '/2/media/upload', body: form, idempotent: true, bucket: 'x:media:upload', what: 'upload media', timeoutMs }, xMediaUploadSchema);
  const mediaId = uploaded.data.id;
  const altText = media.altText.trim();
  if (altText) {
    await api.call(
      caller,
      {
        method: 'POST',
        path: '/2/media/metadata',
        body: { id: mediaId, metadata: { alt_text: { text: altText.slice(0, maxAltTextLength) } } },
        idempotent: true,
        bucket: 'x:media:metadata',
        what: 'set alt text',
      },
      xMediaMetadataSchema,
    );
  }
  return mediaId;
}
