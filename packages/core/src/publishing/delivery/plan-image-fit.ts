import type { ImageEncoding, ImageInfo } from '../../ports/image-processor';
import { platformLabels } from '../platforms';
import { maxBytesFor, type PlatformLimits } from '../rules/platform-limits';

/** What happens to one image on its way to a platform. */
export type ImageFitPlan =
  | { action: 'keep' }
  | { action: 'encode'; encoding: ImageEncoding; reasons: string[] }
  | { action: 'refuse'; reason: string };

/**
 * The largest box of the image's aspect ratio within the longest-side and pixel-count limits;
 * the image's own size when it is within both. Rounded down, so the box never exceeds a limit.
 */
export function fitBox(width: number, height: number, maxDimension: number | null, maxPixels: number | null): { width: number; height: number } {
  const scale = Math.min(1, maxDimension === null ? 1 : maxDimension / Math.max(width, height), maxPixels === null ? 1 : Math.sqrt(maxPixels / (width * height)));
  if (scale >= 1) return { width, height };
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}

/** JPEG for photos; PNG where transparency must survive, or where the PNG may stay one if it fits. */
function chooseFormat(info: ImageInfo, sendTypes: readonly string[]): Pick<ImageEncoding, 'format' | 'jpegFallback'> | null {
  const jpeg = sendTypes.includes('image/jpeg');
  const png = sendTypes.includes('image/png');
  if (png && (info.mimeType === 'image/png' || info.hasAlpha)) return { format: 'image/png', jpegFallback: jpeg && !info.hasAlpha };
  if (jpeg) return { format: 'image/jpeg', jpegFallback: false };
  if (png) return { format: 'image/png', jpegFallback: false };
  return null;
}

/**
 * Decides whether an image can go to the platform as it is, and if not, what to re-encode it to
 * (platform rules `imageFit`, `maxBytesFor` and `maxImagePixels`). An image within every rule is
 * kept byte for byte; a type the platform does not take, too many bytes or too many pixels mean
 * re-encoding. Animations are refused rather than silently flattened to their first frame.
 */
export function planImageFit(info: ImageInfo, byteLength: number, limits: PlatformLimits): ImageFitPlan {
  const { sendTypes, maxBytes, maxDimension } = limits.imageFit;
  const name = platformLabels[limits.platform];
  const byteCap = (type: string) => Math.min(maxBytes ?? Number.POSITIVE_INFINITY, maxBytesFor(limits, type));
  const box = fitBox(info.width, info.height, maxDimension, limits.maxImagePixels);
  const reasons: string[] = [];
  if (!sendTypes.includes(info.mimeType)) reasons.push(`${name} is not sent ${info.mimeType} images`);
  else if (byteLength > byteCap(info.mimeType)) reasons.push(`${byteLength} bytes is over ${byteCap(info.mimeType)}`);
  if (box.width < info.width || box.height < info.height) reasons.push(`${info.width}×${info.height} is larger than ${name} takes`);
  if (reasons.length === 0) return { action: 'keep' };
  if (info.animated) return { action: 'refuse', reason: `an animated image cannot be fitted to ${name} without losing its animation (${reasons.join('; ')})` };
  const format = chooseFormat(info, sendTypes);
  if (!format) return { action: 'refuse', reason: `${name} takes neither JPEG nor PNG images` };
  return { action: 'encode', encoding: { ...format, maxWidth: box.width, maxHeight: box.height, maxBytes: byteCap(format.format) }, reasons };
}
