import { describe, expect, it } from 'vitest';
import { makeMp4, makeWebm } from '@socialseed/testkit/fixtures/video-fixtures';
import { sniffVideoType } from './sniff-video-type';

const ftypOnly = (brand: string) => {
  const bytes = Buffer.alloc(16);
  bytes.writeUInt32BE(16, 0);
  bytes.write(`ftyp${brand}`, 4, 'latin1');
  return bytes;
};

describe('sniffVideoType', () => {
  it('reads MP4 and QuickTime from the major brand of the ftyp box', () => {
    expect(sniffVideoType(makeMp4())).toEqual({ accepted: true, mimeType: 'video/mp4' });
    for (const brand of ['mp42', 'mp41', 'iso5', 'avc1', 'M4V ', 'dash']) {
      expect(sniffVideoType(makeMp4({ brand })), brand).toEqual({ accepted: true, mimeType: 'video/mp4' });
    }
    expect(sniffVideoType(makeMp4({ brand: 'qt  ' }))).toEqual({ accepted: true, mimeType: 'video/quicktime' });
  });

  it('reads WebM from the EBML DocType and refuses Matroska by name', () => {
    expect(sniffVideoType(makeWebm())).toEqual({ accepted: true, mimeType: 'video/webm' });
    expect(sniffVideoType(makeWebm('matroska'))).toEqual({ accepted: false, reason: expect.stringContaining('Matroska') });
  });

  it('is not fooled by other ISO-BMFF files, names or text', () => {
    // HEIC and AVIF images and M4A audio open with ftyp too.
    for (const brand of ['heic', 'mif1', 'avif', 'M4A ']) expect(sniffVideoType(ftypOnly(brand)), brand).toBeNull();
    expect(sniffVideoType(Buffer.from('This is a text file renamed to clip.mp4\n'))).toBeNull();
    expect(sniffVideoType(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))).toBeNull(); // EBML magic with no header
    expect(sniffVideoType(makeWebm('webm').subarray(0, 20))).toBeNull(); // header cut before the DocType
    expect(sniffVideoType(Buffer.alloc(0))).toBeNull();
  });
});
