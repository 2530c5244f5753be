import type { AcceptedImageType } from './media-asset';

/** Pixel size of an image, read from its header. */
export interface ImageDimensions {
  width: number;
  height: number;
}

const ascii = (bytes: Uint8Array, offset: number, length: number) =>
  String.fromCharCode(...bytes.subarray(offset, offset + length));

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** IHDR is always the first chunk: width and height are big-endian at offsets 16 and 20. */
function pngDimensions(bytes: Uint8Array): ImageDimensions | null {
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return null;
  return { width: view(bytes).getUint32(16), height: view(bytes).getUint32(20) };
}

/** The logical screen size follows the 6-byte signature, little-endian. */
function gifDimensions(bytes: Uint8Array): ImageDimensions | null {
  if (bytes.length < 10) return null;
  return { width: view(bytes).getUint16(6, true), height: view(bytes).getUint16(8, true) };
}

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
/** Markers that stand alone, without a length field. */
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8);

/** Walks the marker segments up to the first start-of-frame (EXIF and ICC blocks come before it). */
function jpegDimensions(bytes: Uint8Array): ImageDimensions | null {
  const data = view(bytes);
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte before a marker
      continue;
    }
    if (isStandalone(marker)) {
      offset += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null; // scan data or end without a frame header
    const length = data.getUint16(offset + 2);
    if (isStartOfFrame(marker)) {
      if (offset + 9 > bytes.length) return null;
      return { width: data.getUint16(offset + 7), height: data.getUint16(offset + 5) };
    }
    offset += 2 + length;
  }
  return null;
}

/** Reads a 24-bit little-endian integer (VP8X canvas size). */
const uint24 = (bytes: Uint8Array, offset: number) =>
  (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8) | ((bytes[offset + 2] ?? 0) << 16);

/** WebP has three first-chunk layouts: lossy (VP8), lossless (VP8L) and extended (VP8X). */
function webpDimensions(bytes: Uint8Array): ImageDimensions | null {
  if (bytes.length < 30) return null;
  const data = view(bytes);
  switch (ascii(bytes, 12, 4)) {
    case 'VP8 ':
      // After the 3-byte frame tag comes the start code 9D 01 2A, then 14-bit width and height.
      if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
      return { width: data.getUint16(26, true) & 0x3fff, height: data.getUint16(28, true) & 0x3fff };
    case 'VP8L': {
      if (bytes[20] !== 0x2f) return null;
      const bits = data.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case 'VP8X':
      return { width: uint24(bytes, 24) + 1, height: uint24(bytes, 27) + 1 };
    default:
      return null;
  }
}

const readers: Record<AcceptedImageType, (bytes: Uint8Array) => ImageDimensions | null> = {
  'image/png': pngDimensions,
  'image/gif': gifDimensions,
  'image/jpeg': jpegDimensions,
  'image/webp': webpDimensions,
};

/**
 * Width and height from the image header, without decoding pixels or adding a dependency.
 * Null when the header is truncated or malformed (or claims a zero size), so a damaged file is
 * refused at upload instead of failing later when a post is rendered.
 */
export function readImageDimensions(bytes: Uint8Array, mimeType: AcceptedImageType): ImageDimensions | null {
  const dimensions = readers[mimeType](bytes);
  if (!dimensions || dimensions.width === 0 || dimensions.height === 0) return null;
  return dimensions;
}
