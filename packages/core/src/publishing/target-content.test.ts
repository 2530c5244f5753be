import { describe, expect, it } from 'vitest';
import { mastodonDefaultLimits } from './rules/mastodon-limits';
import { platformLimits } from './rules/platform-rules';
import { xWeightedLength } from './rules/x-weighted-length';
import { checkContent, targetContentOf } from './target-content';
import { limitsForAccount } from './account-limits';

const long = 'A sentence that keeps going so the post gets long. '.repeat(8).trim(); // 407 characters

describe('targetContentOf', () => {
  it("takes the target's own text and media where it has them, the post's otherwise", () => {
    const post = { text: 'Post text', mediaIds: ['m1'] };
    expect(targetContentOf(post, { text: null, mediaIds: null, asThread: false })).toEqual({ text: 'Post text', mediaIds: ['m1'], asThread: false });
    expect(targetContentOf(post, { text: 'Own text', mediaIds: [], asThread: true })).toEqual({ text: 'Own text', mediaIds: [], asThread: true });
  });
});

describe('limitsForAccount', () => {
  it("uses a Mastodon server's announced limits when known", () => {
    expect(limitsForAccount({ platform: 'mastodon', instanceLimits: { ...mastodonDefaultLimits, maxCharacters: 5000 } }).maxLength).toBe(5000);
    expect(limitsForAccount({ platform: 'mastodon', instanceLimits: null }).maxLength).toBe(500);
    expect(limitsForAccount({ platform: 'x', instanceLimits: null }).maxLength).toBe(280);
  });
});

describe('checkContent', () => {
  const x = platformLimits('x');

  it('refuses a text too long for one post when no thread is wanted', () => {
    const check = checkContent({ text: long, asThread: false }, [], x);
    expect(check).toMatchObject({ valid: false, parts: [{ text: long, length: xWeightedLength(long), limit: 280 }] });
    expect(check.issues.map((issue) => [issue.code, issue.field])).toEqual([['TEXT_TOO_LONG', 'text']]);
  });

  it('passes a thread whose every part fits, numbering each part', () => {
    const check = checkContent({ text: long, asThread: true }, [], x);
    expect(check.valid).toBe(true);
    expect(check.parts.length).toBe(2);
    check.parts.forEach((part, index) => {
      expect(part.text.endsWith(` ${index + 1}/2`)).toBe(true);
      expect(part.length).toBeLessThanOrEqual(280);
      expect(part.limit).toBe(280);
    });
  });

  it('leaves a thread target that fits as one unnumbered post', () => {
    expect(checkContent({ text: 'Short', asThread: true }, [], x).parts).toEqual([{ text: 'Short', length: 5, limit: 280 }]);
  });

  it('checks media once, with the first part, and names them by field', () => {
    const image = { mimeType: 'image/png', sizeBytes: 1000, altText: '' };
    const check = checkContent({ text: long, asThread: true }, [image, image, image, image, image], platformLimits('bluesky'));
    expect(check.valid).toBe(false);
    expect(check.issues.filter((issue) => issue.code === 'TOO_MANY_MEDIA')).toHaveLength(1);
    expect(check.issues.filter((issue) => issue.code === 'MEDIA_ALT_TEXT_REQUIRED').map((issue) => issue.field)).toEqual([0, 1, 2, 3, 4].map((index) => `media.${index}.altText`));
  });
});

describe('checkContent and what delivery fits', () => {
  it('does not refuse a still image delivery re-encodes to fit, but still counts attachments', () => {
    const bigPng = { mimeType: 'image/png', sizeBytes: 4_000_000, width: 6000, height: 4000, altText: 'A chart' };
    expect(checkContent({ text: 'Chart', asThread: false }, [bigPng], platformLimits('bluesky'))).toMatchObject({ valid: true, issues: [] });
    // X is not sent GIFs: delivery turns a still GIF into a JPEG, which may sit beside photos.
    const gif = { mimeType: 'image/gif', sizeBytes: 20_000 };
    const photo = { mimeType: 'image/jpeg', sizeBytes: 20_000 };
    expect(checkContent({ text: 'Pics', asThread: false }, [gif, photo], platformLimits('x')).issues).toEqual([]);
    const five = checkContent({ text: 'Pics', asThread: false }, [photo, photo, photo, photo, photo], platformLimits('x'));
    expect(five.issues.map((issue) => issue.code)).toEqual(['TOO_MANY_MEDIA']);
  });
});
