import { describe, expect, it } from 'vitest';
import { mastodonPlatformLimits, mastodonDefaultLimits } from './mastodon-limits';
import { platformLimits } from './platform-rules';
import { fitsOnePost, threadForPlatform } from './thread-for-platform';
import { validatePost } from './validate-post-text';

const numbering = (parts: string[]) => parts.map((part, index) => part.endsWith(` ${index + 1}/${parts.length}`));

describe('threadForPlatform', () => {
  it('splits for Bluesky by graphemes: every part is a valid Bluesky post', () => {
    const limits = platformLimits('bluesky');
    const text = 'Bluesky counts graphemes, not weighted characters like X does. '.repeat(12);
    const parts = threadForPlatform(text, limits);
    expect(parts.length).toBeGreaterThan(2);
    expect(numbering(parts).every(Boolean)).toBe(true);
    for (const part of parts) expect(validatePost({ platform: 'bluesky', text: part }).issues, part).toEqual([]);
    // X's weighted count would have cut these 300-grapheme posts differently: CJK weighs 2 on X.
    const cjk = '日本語のテキスト。'.repeat(60);
    const cjkParts = threadForPlatform(cjk, limits);
    for (const part of cjkParts) expect(validatePost({ platform: 'bluesky', text: part }).valid, part).toBe(true);
    expect(cjkParts.length).toBeLessThan(threadForPlatform(cjk, platformLimits('x')).length);
  });

  it("keeps Bluesky's 3000-byte cap too when graphemes are heavy", () => {
    const limits = platformLimits('bluesky');
    // 150 family emoji and their spaces: 299 graphemes, but 25 bytes each, so 3,899 bytes.
    const text = '👨‍👩‍👧‍👦 '.repeat(150).trim();
    expect(validatePost({ platform: 'bluesky', text }).issues.map((issue) => issue.code)).toEqual(['TEXT_TOO_MANY_BYTES']);
    expect(fitsOnePost(text, limits)).toBe(false);
    const parts = threadForPlatform(text, limits);
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(validatePost({ platform: 'bluesky', text: part }).issues, part).toEqual([]);
  });

  it("uses a Mastodon server's own limit and URL rule", () => {
    const limits = mastodonPlatformLimits({ ...mastodonDefaultLimits, maxCharacters: 120, charactersReservedPerUrl: 10 });
    const url = `https://example.com/${'long-path/'.repeat(20)}`;
    const text = `Start here: ${url} and then a good deal more words to read afterwards. `.repeat(4);
    const parts = threadForPlatform(text, limits);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(validatePost({ platform: 'mastodon', text: part, limits }).issues, part).toEqual([]);
    // Every URL survives whole (a URL counts 10 here, so a part may hold two).
    expect(parts.join(' ').split(url)).toHaveLength(5);
  });

  it('returns a text that fits as the only, unnumbered part', () => {
    expect(threadForPlatform('Fits anywhere.', platformLimits('bluesky'))).toEqual(['Fits anywhere.']);
    expect(fitsOnePost('Fits anywhere.', platformLimits('x'))).toBe(true);
  });
});
