import type { ImageProcessor } from '../../ports/image-processor';
import { ProviderError, type MediaUpload } from '../../ports/social-provider';
import { platformLabels } from '../platforms';
import type { PlatformLimits } from '../rules/platform-limits';
import { planImageFit } from './plan-image-fit';

/**
 * Fits every image to the platform before upload (see planImageFit): images within its rules
 * are passed on untouched, others are re-encoded by the processor. An image that cannot be made
 * to fit would be refused by the platform on every attempt, so it fails the delivery as
 * `rejected` (never retried), naming the image.
 *
 * Videos never get here (scheduling refuses them, see validate-post-text.ts); should one slip
 * through, it is refused before the image processor would try to decode it.
 */
export async function adaptMedia(images: ImageProcessor, media: MediaUpload[], limits: PlatformLimits): Promise<MediaUpload[]> {
  const adapted: MediaUpload[] = [];
  for (const [index, item] of media.entries()) {
    const which = `Image ${index + 1} of ${media.length}`;
    if (item.mimeType.startsWith('video/')) {
      throw new ProviderError('rejected', `Attachment ${index + 1} of ${media.length} is a video: posting video to ${platformLabels[limits.platform]} is not supported by Socialseed yet`);
    }
    const info = await images.inspect(item.bytes);
    if (!info) throw new ProviderError('rejected', `${which} could not be read as an image`);
    const plan = planImageFit(info, item.bytes.length, limits);
    if (plan.action === 'keep') {
      adapted.push(item);
      continue;
    }
    if (plan.action === 'refuse') throw new ProviderError('rejected', `${which}: ${plan.reason}`);
    const encoded = await images.encode(item.bytes, plan.encoding);
    if (!encoded) throw new ProviderError('rejected', `${which} could not be made small enough for ${platformLabels[limits.platform]} (${plan.encoding.maxBytes} bytes)`);
    adapted.push({ bytes: encoded.bytes, mimeType: encoded.mimeType, altText: item.altText });
  }
  return adapted;
}
