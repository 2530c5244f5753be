import type { AcceptedVideoType } from './media-asset';

/** What an upload records of a video; any of it may be unknown. */
export interface VideoMetadata {
  width: number | null;
  height: number | null;
  durationMs: number | null;
}

interface Box {
  type: string;
  /** Where the box's payload starts (after its header) and where the box ends. */
  start: number;
  end: number;
}

/** media_assets.duration_ms is a 32-bit integer; a longer claim (24 days) is a damaged header, not a video. */
const MAX_DURATION_MS = 2 ** 31 - 1;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * The boxes between `from` and `to`, or null when one is malformed or runs past `to` (a file cut
 * short). A size of 0 means "to the end", 1 means a 64-bit size follows the type (ISO 14496-12 §4.2).
 */
function childBoxes(bytes: Uint8Array, from: number, to: number): Box[] | null {
  const data = view(bytes);
  const boxes: Box[] = [];
  let offset = from;
  while (offset < to) {
    if (offset + 8 > to) return null;
    const size32 = data.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    let start = offset + 8;
    let size: number = size32;
    if (size32 === 1) {
      if (offset + 16 > to) return null;
      size = Number(data.getBigUint64(offset + 8));
      start = offset + 16;
    } else if (size32 === 0) {
      size = to - offset;
    }
    const end = offset + size;
    if (end < start || end > to) return null;
    boxes.push({ type, start, end });
    offset = end;
  }
  return boxes;
}

/** mvhd: timescale (units per second) and duration, 32-bit in version 0 and 64-bit in version 1. */
function movieDuration(bytes: Uint8Array, mvhd: Box): number | null {
  const data = view(bytes);
  const version = bytes[mvhd.start];
  const [timescaleAt, durationAt, durationBytes] = version === 1 ? [20, 24, 8] : [12, 16, 4];
  if (mvhd.start + durationAt + durationBytes > mvhd.end) return null;
  const timescale = data.getUint32(mvhd.start + timescaleAt);
  const duration = durationBytes === 8 ? data.getBigUint64(mvhd.start + durationAt) : BigInt(data.getUint32(mvhd.start + durationAt));
  // All ones means "unknown"; 0 is what fragmented MP4s write, their length living in the fragments.
  const unknown = durationBytes === 8 ? 0xffff_ffff_ffff_ffffn : 0xffff_ffffn;
  if (timescale === 0 || duration === 0n || duration === unknown) return null;
  const ms = Math.round((Number(duration) * 1000) / timescale);
  return ms <= MAX_DURATION_MS ? ms : null;
}

/**
 * tkhd: the track's width and height, 16.16 fixed point at the end of the box, after the 3×3
 * display matrix. Phones store portrait video as landscape with a 90° matrix (a = d = 0), so the
 * sides are swapped then: the size is the one people see.
 */
function trackSize(bytes: Uint8Array, tkhd: Box): { width: number; height: number } | null {
  const widthAt = bytes[tkhd.start] === 1 ? 88 : 76;
  const matrixAt = widthAt - 36;
  if (tkhd.start + widthAt + 8 > tkhd.end) return null;
  const data = view(bytes);
  const width = Math.round(data.getUint32(tkhd.start + widthAt) / 65536);
  const height = Math.round(data.getUint32(tkhd.start + widthAt + 4) / 65536);
  if (width === 0 || height === 0) return null;
  const quarterTurn = data.getInt32(tkhd.start + matrixAt) === 0 && data.getInt32(tkhd.start + matrixAt + 16) === 0;
  return quarterTurn ? { width: height, height: width } : { width, height };
}

/**
 * Width, height and duration of an MP4 or QuickTime file from its `moov` box: `mvhd` for the
 * duration, the first track whose `tkhd` has a size (audio tracks have none) for the picture.
 * `moov` may come after the media data (cameras write it last), so every top-level box is walked;
 * their headers only, never the media. Null when the file is damaged: a box runs past the end (an
 * incomplete upload) or there is no `moov`, without which no player can play it.
 */
function readIsoBmffMetadata(bytes: Uint8Array): VideoMetadata | null {
  const top = childBoxes(bytes, 0, bytes.length);
  const moov = top?.find((box) => box.type === 'moov');
  if (!moov) return null;
  const children = childBoxes(bytes, moov.start, moov.end);
  if (!children) return null;
  const mvhd = children.find((box) => box.type === 'mvhd');
  let size: { width: number; height: number } | null = null;
  for (const trak of children.filter((box) => box.type === 'trak')) {
    const tkhd = childBoxes(bytes, trak.start, trak.end)?.find((box) => box.type === 'tkhd');
    size = tkhd ? trackSize(bytes, tkhd) : null;
    if (size) break;
  }
  return { width: size?.width ?? null, height: size?.height ?? null, durationMs: mvhd ? movieDuration(bytes, mvhd) : null };
}

/**
 * What the container says about a video, or null when it is damaged. WebM answers all-null on
 * purpose: its size sits in the Tracks element and its duration, a float, in Segment Info, both
 * after elements of unknown size, and the browsers' own recorder (MediaRecorder, the commonest
 * source of WebM) writes no duration at all. Reading them needs a full EBML walker, not worth
 * writing while no network is sent video; the values only label the library's tiles.
 */
export function readVideoMetadata(bytes: Uint8Array, mimeType: AcceptedVideoType): VideoMetadata | null {
  if (mimeType === 'video/webm') return { width: null, height: null, durationMs: null };
  return readIsoBmffMetadata(bytes);
}
