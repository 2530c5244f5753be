import type { AcceptedVideoType } from './media-asset';

/** What the bytes prove about a video container: a type we store, or one we recognise and refuse. */
export type VideoSniff = { accepted: true; mimeType: AcceptedVideoType } | { accepted: false; reason: string };

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/**
 * ISO-BMFF major brands of MP4 video (ISO 14496-12/-14/-15, Apple's M4V, DASH, camera makers').
 * Other ISO-BMFF files open with `ftyp` too — HEIC and AVIF images, M4A audio — and must not pass
 * as video, so brands are allowed one by one rather than by the box alone.
 */
const mp4Brands = new Set([
  'isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'iso8', 'iso9', 'mp41', 'mp42', 'mp71', 'avc1', 'av01',
  'M4V ', 'M4VH', 'M4VP', 'dash', 'msdh', 'msix', 'mmp4', 'f4v ', 'MSNV', 'XAVC', 'NDAS', 'NDSC', 'NDSH', 'NDXC',
]);

/**
 * MP4 or QuickTime by the `ftyp` box every such file opens with: major brand `qt  ` is QuickTime,
 * an MP4 video brand is MP4. QuickTime files from before `ftyp` existed (1990s) are not accepted.
 */
function sniffIsoBmff(bytes: Uint8Array): VideoSniff | null {
  if (bytes.length < 12 || ascii(bytes, 4, 8) !== 'ftyp') return null;
  const brand = ascii(bytes, 8, 12);
  if (brand === 'qt  ') return { accepted: true, mimeType: 'video/quicktime' };
  if (mp4Brands.has(brand)) return { accepted: true, mimeType: 'video/mp4' };
  return null;
}

const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];
const DOCTYPE_ID = 0x4282;
/** DocTypes are short names; a longer one is a damaged or hostile header, not worth decoding. */
const MAX_DOCTYPE_LENGTH = 32;

/** An EBML variable-length integer at `offset`: its value (marker bit removed unless `keepMarker`) and length. */
function readVint(bytes: Uint8Array, offset: number, keepMarker: boolean): { value: number; length: number } | null {
  const first = bytes[offset];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23; // 1 for 1xxxxxxx … 8 for 00000001
  if (offset + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let index = 1; index < length; index += 1) value = value * 256 + (bytes[offset + index] ?? 0);
  return { value, length };
}

/** The DocType of the EBML header ("webm", "matroska"), or null when the header cannot be read. */
function ebmlDocType(bytes: Uint8Array): string | null {
  const headerSize = readVint(bytes, EBML_MAGIC.length, false);
  if (!headerSize) return null;
  const start = EBML_MAGIC.length + headerSize.length;
  const end = Math.min(bytes.length, start + headerSize.value);
  let offset = start;
  while (offset < end) {
    const id = readVint(bytes, offset, true);
    const size = id && readVint(bytes, offset + id.length, false);
    if (!id || !size) return null;
    const dataStart = offset + id.length + size.length;
    if (id.value === DOCTYPE_ID) {
      if (size.value > MAX_DOCTYPE_LENGTH || dataStart + size.value > bytes.length) return null;
      return ascii(bytes, dataStart, dataStart + size.value).replace(/\0+$/, '');
    }
    offset = dataStart + size.value;
  }
  return null;
}

/**
 * WebM by its EBML header (1A 45 DF A3) with DocType `webm`. Matroska shares the container but may
 * hold any codec, which no network takes, so it is recognised in order to be refused by name.
 */
function sniffEbml(bytes: Uint8Array): VideoSniff | null {
  if (!EBML_MAGIC.every((value, index) => bytes[index] === value)) return null;
  const docType = ebmlDocType(bytes);
  if (docType === 'webm') return { accepted: true, mimeType: 'video/webm' };
  if (docType === 'matroska') return { accepted: false, reason: 'Matroska (.mkv) videos are not accepted; save it as MP4 or WebM' };
  return null;
}

/**
 * The video type the bytes prove by their container, a container recognised and refused, or null
 * for anything else. Like images, videos are trusted by content, never by the declared type.
 */
export function sniffVideoType(bytes: Uint8Array): VideoSniff | null {
  return sniffIsoBmff(bytes) ?? sniffEbml(bytes);
}
