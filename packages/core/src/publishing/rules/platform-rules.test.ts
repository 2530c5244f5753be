import { describe, expect, it } from 'vitest';
import { platforms } from '../platforms';
import { mastodonDefaultLimits } from './mastodon-limits';
import { platformLimits } from './platform-rules';

describe('platformLimits', () => {
  it('gives every platform a complete rule set', () => {
    for (const platform of platforms) {
      const limits = platformLimits(platform);
      expect(limits.platform).toBe(platform);
      expect(limits.maxLength).toBeGreaterThan(0);
      expect(limits.maxMedia).toBeGreaterThan(0);
      expect(limits.allowedMimeTypes.length).toBeGreaterThan(0);
      expect(limits.countLength('hello')).toBe(5);
    }
  });

  it('states each platform’s documented limits', () => {
    const MB = 1024 * 1024;
    expect(platformLimits('sandbox')).toMatchObject({ maxLength: 1000, maxMedia: 4, maxImageBytes: 5 * MB, maxHashtags: 30, supportsThreads: true });
    expect(platformLimits('x')).toMatchObject({ maxLength: 280, maxMedia: 4, maxImageBytes: 5 * MB, maxBytesByMimeType: { 'image/gif': 15 * MB }, soloMimeTypes: ['image/gif'], maxHashtags: null });
    expect(platformLimits('bluesky')).toMatchObject({ maxLength: 300, maxTextBytes: 3000, maxMedia: 4, maxImageBytes: 2_000_000, altTextRequired: true });
    expect(platformLimits('mastodon')).toMatchObject({ maxLength: 500, maxMedia: 4, maxImageBytes: 16 * MB });
  });

  it('counts each platform in its own unit', () => {
    const text = '日本 👨‍👩‍👧‍👦 https://example.com/path';
    expect(platformLimits('x').countLength(text)).toBe(4 + 1 + 2 + 1 + 23);
    expect(platformLimits('bluesky').countLength(text)).toBe(2 + 1 + 1 + 1 + 'https://example.com/path'.length);
    expect(platformLimits('mastodon').countLength(text)).toBe(2 + 1 + 1 + 1 + 23);
  });

  it("uses a Mastodon server's own limits when given", () => {
    const limits = platformLimits('mastodon', { mastodonInstance: { ...mastodonDefaultLimits, maxCharacters: 5000, maxMediaAttachments: 6 } });
    expect(limits).toMatchObject({ maxLength: 5000, maxMedia: 6 });
  });
});
