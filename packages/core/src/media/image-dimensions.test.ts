import { describe, expect, it } from 'vitest';
import { readImageDimensions } from './image-dimensions';
import { sniffImageType } from './sniff-image-type';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const uint16be = (value: number) => [value >> 8, value & 0xff];
const uint16le = (value: number) => [value & 0xff, value >> 8];
const uint32be = (value: number) => [value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];

/** Signature + IHDR (the rest of a PNG is not read). */
const png = (width: number, height: number) =>
  bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], uint32be(13), 'IHDR', uint32be(width), uint32be(height), [8, 6, 0, 0, 0]);

/** SOI, an APP1 block whose payload contains a fake SOF marker, then the real start of frame. */
const jpeg = (width: number, height: number, frameMarker = 0xc0) =>
  bytes(
    [0xff, 0xd8],
    [0xff, 0xe1], uint16be(10), [0xff, 0xc0, 0, 0x11, 0x08, 0, 1, 0], // must be skipped, not read
    [0xff, 0xff], // fill byte
    [0xff, frameMarker], uint16be(17), [8], uint16be(height), uint16be(width), [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1],
    [0xff, 0xda],
  );

// Real 1×1 files (the feature-detection images browsers and libraries use).
const realGif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const realWebpLossy = Buffer.from('UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA', 'base64');
const realWebpLossless = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
const realWebpExtended = Buffer.from(
  'UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==',
  'base64',
);

describe('readImageDimensions', () => {
  it('reads PNG width and height from IHDR', () => {
    expect(readImageDimensions(png(640, 480), 'image/png')).toEqual({ width: 640, height: 480 });
  });

  it('reads GIF logical screen size (little-endian)', () => {
    expect(readImageDimensions(realGif, 'image/gif')).toEqual({ width: 1, height: 1 });
    expect(readImageDimensions(bytes('GIF89a', uint16le(300), uint16le(2), [0, 0, 0]), 'image/gif')).toEqual({ width: 300, height: 2 });
  });

  it('walks JPEG segments to the start of frame, skipping markers inside other segments', () => {
    expect(readImageDimensions(jpeg(1920, 1080), 'image/jpeg')).toEqual({ width: 1920, height: 1080 });
    expect(readImageDimensions(jpeg(33, 44, 0xc2), 'image/jpeg')).toEqual({ width: 33, height: 44 }); // progressive
  });

  it('reads the three WebP layouts (VP8, VP8L, VP8X)', () => {
    expect(readImageDimensions(realWebpLossy, 'image/webp')).toEqual({ width: 1, height: 1 });
    expect(readImageDimensions(realWebpLossless, 'image/webp')).toEqual({ width: 1, height: 1 });
    expect(readImageDimensions(realWebpExtended, 'image/webp')).toEqual({ width: 1, height: 1 });
    const wide = Buffer.from(realWebpExtended);
    wide.writeUIntLE(4095, 24, 3); // canvas width − 1
    wide.writeUIntLE(1, 27, 3);
    expect(readImageDimensions(wide, 'image/webp')).toEqual({ width: 4096, height: 2 });
  });

  it('answers null for truncated, malformed or zero-sized headers instead of guessing', () => {
    expect(readImageDimensions(png(1, 1).subarray(0, 20), 'image/png')).toBeNull();
    expect(readImageDimensions(png(0, 10), 'image/png')).toBeNull();
    expect(readImageDimensions(bytes([0xff, 0xd8, 0xff, 0xda, 0, 0]), 'image/jpeg')).toBeNull();
    expect(readImageDimensions(bytes([0xff, 0xd8, 0x00, 0x00, 0, 0]), 'image/jpeg')).toBeNull();
    expect(readImageDimensions(jpeg(10, 10).subarray(0, 20), 'image/jpeg')).toBeNull();
    expect(readImageDimensions(realWebpLossy.subarray(0, 24), 'image/webp')).toBeNull();
    expect(readImageDimensions(bytes('GIF8'), 'image/gif')).toBeNull();
  });
});

describe('sniffImageType', () => {
  it('recognises each accepted type by its magic bytes', () => {
    expect(sniffImageType(png(1, 1))).toBe('image/png');
    expect(sniffImageType(jpeg(1, 1))).toBe('image/jpeg');
    expect(sniffImageType(realGif)).toBe('image/gif');
    expect(sniffImageType(realWebpLossy)).toBe('image/webp');
  });

  it('refuses anything else, including RIFF containers that are not WebP', () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(sniffImageType(bytes([0x89, 0x50]))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});
