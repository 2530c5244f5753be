import { describe, expect, it } from 'vitest';
import { isoBox, makeMp4, makeWebm } from '@socialseed/testkit/fixtures/video-fixtures';
import { readVideoMetadata } from './video-metadata';

describe('readVideoMetadata', () => {
  it('reads size from the first track with one and duration from mvhd', () => {
    expect(readVideoMetadata(makeMp4(), 'video/mp4')).toEqual({ width: 1280, height: 720, durationMs: 12_500 });
    expect(readVideoMetadata(makeMp4({ brand: 'qt  ', width: 1080, height: 1920, timescale: 600, duration: 3_000n }), 'video/quicktime')).toEqual({
      width: 1080,
      height: 1920,
      durationMs: 5_000,
    });
  });

  it('answers the size people see for a portrait phone video (stored landscape, turned by the matrix)', () => {
    expect(readVideoMetadata(makeMp4({ brand: 'qt  ', width: 1920, height: 1080, quarterTurn: true }), 'video/quicktime')).toMatchObject({ width: 1080, height: 1920 });
  });

  it('reads version 1 boxes (64-bit durations)', () => {
    expect(readVideoMetadata(makeMp4({ version: 1, timescale: 90_000, duration: 90_000n * 3_600n }), 'video/mp4')).toEqual({ width: 1280, height: 720, durationMs: 3_600_000 });
  });

  it('finds moov after the media data', () => {
    expect(readVideoMetadata(makeMp4({ moovAtEnd: true, mediaBytes: 4096, width: 640, height: 480 }), 'video/mp4')).toEqual({ width: 640, height: 480, durationMs: 12_500 });
  });

  it('leaves out what the file does not say', () => {
    // Fragmented MP4s write 0; all ones means unknown; a duration beyond 24 days is no real video.
    expect(readVideoMetadata(makeMp4({ duration: 0n }), 'video/mp4')?.durationMs).toBeNull();
    expect(readVideoMetadata(makeMp4({ duration: 0xffff_ffffn }), 'video/mp4')?.durationMs).toBeNull();
    expect(readVideoMetadata(makeMp4({ version: 1, duration: 2n ** 62n }), 'video/mp4')?.durationMs).toBeNull();
    expect(readVideoMetadata(makeMp4({ width: 0, height: 0 }), 'video/mp4')).toEqual({ width: null, height: null, durationMs: 12_500 });
    expect(readVideoMetadata(makeWebm(), 'video/webm')).toEqual({ width: null, height: null, durationMs: null });
  });

  it('answers null for a damaged file: a box running past the end, or no moov', () => {
    const whole = makeMp4({ moovAtEnd: true });
    expect(readVideoMetadata(whole.subarray(0, whole.length - 10), 'video/mp4')).toBeNull();
    expect(readVideoMetadata(makeMp4().subarray(0, 40), 'video/mp4')).toBeNull();
    const withoutMoov = Buffer.concat([makeMp4().subarray(0, 24), isoBox('mdat', Buffer.alloc(8))]);
    expect(readVideoMetadata(withoutMoov, 'video/mp4')).toBeNull();
    // A box claiming less than its own header.
    const broken = Buffer.from(makeMp4());
    broken.writeUInt32BE(4, 24);
    expect(readVideoMetadata(broken, 'video/mp4')).toBeNull();
  });

  it('reads a 64-bit box size', () => {
    const mp4 = makeMp4({ mediaBytes: 8 });
    const mdatAt = mp4.length - 16;
    const large = Buffer.alloc(16);
    large.writeUInt32BE(1, 0);
    large.write('mdat', 4, 'latin1');
    large.writeBigUInt64BE(24n, 8);
    const withLargeSize = Buffer.concat([mp4.subarray(0, mdatAt), large, Buffer.alloc(8)]);
    expect(readVideoMetadata(withLargeSize, 'video/mp4')).toEqual({ width: 1280, height: 720, durationMs: 12_500 });
  });
});
