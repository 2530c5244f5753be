import { describe, expect, it } from 'vitest';
import { hammingDistance, isSameImage, SAME_IMAGE_MAX_DISTANCE } from './image-hash';

describe('hammingDistance', () => {
  it('counts differing bits across all 64, case-insensitively', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(hammingDistance('00000000F0000000', '00000000f0000000')).toBe(0);
    expect(hammingDistance('0f0f0f0f0f0f0f0f', '00ff00ff00ff00ff')).toBe(32);
  });

  it('rejects what is not a 64-bit hex hash', () => {
    expect(() => hammingDistance('123', '0000000000000000')).toThrow(RangeError);
    expect(() => hammingDistance('zzzzzzzzzzzzzzzz', '0000000000000000')).toThrow(RangeError);
  });

  it('calls hashes within the threshold the same image', () => {
    expect(SAME_IMAGE_MAX_DISTANCE).toBe(10);
    expect(isSameImage('00000000000003ff', '0000000000000000')).toBe(true);
    expect(isSameImage('00000000000007ff', '0000000000000000')).toBe(false);
  });
});
