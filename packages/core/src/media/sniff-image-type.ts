import { acceptedImageTypes, type AcceptedImageType } from './media-asset';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((value, index) => bytes[offset + index] === value);

/** "WEBP" at offset 8: "RIFF" alone also opens WAV and AVI files. */
const WEBP_FOURCC = [0x57, 0x45, 0x42, 0x50];

/**
 * The image type the bytes prove by their magic numbers, or null. Uploads are trusted by their
 * content, never by the client's declared MIME type, so a renamed script cannot pose as a PNG.
 */
export function sniffImageType(bytes: Uint8Array): AcceptedImageType | null {
  for (const [mimeType, signature] of Object.entries(acceptedImageTypes) as Array<[AcceptedImageType, readonly number[]]>) {
    if (!startsWith(bytes, signature)) continue;
    if (mimeType === 'image/webp' && !startsWith(bytes, WEBP_FOURCC, 8)) continue;
    return mimeType;
  }
  return null;
}

/** Whether a declared MIME type is one we store at all (before the bytes are checked). */
export function isAcceptedImageType(mimeType: string): mimeType is AcceptedImageType {
  return Object.hasOwn(acceptedImageTypes, mimeType);
}
