import { describe, expect, it } from 'vitest';
import twitterText from 'twitter-text';
import { LexiconValidator } from '@socialseed/testkit/spec/lexicon-validator';
import { mastodonDefaultLimits, mastodonPlatformLimits } from './mastodon-limits';
import { validatePost, type PostMediaInput } from './validate-post-text';
import { generateCorpus } from './testing/text-corpus';

const png = (overrides: Partial<PostMediaInput> = {}): PostMediaInput => ({ mimeType: 'image/png', sizeBytes: 100_000, width: 800, height: 600, altText: 'A chart', ...overrides });
const codes = (result: { issues: Array<{ code: string; field: string }> }) => result.issues.map((issue) => `${issue.code} ${issue.field}`);

describe('validatePost', () => {
  it('accepts a plain post and reports its length against the limit', () => {
    expect(validatePost({ platform: 'x', text: 'Hello 日本' })).toEqual({ valid: true, length: 10, limit: 280, issues: [] });
    expect(validatePost({ platform: 'bluesky', text: '👨‍👩‍👧‍👦', media: [png()] })).toMatchObject({ valid: true, length: 1, limit: 300 });
  });

  it('flags text over the limit, in the platform’s unit', () => {
    const result = validatePost({ platform: 'x', text: '日'.repeat(141) });
    expect(result).toMatchObject({ valid: false, length: 282, limit: 280 });
    expect(result.issues).toEqual([{ code: 'TEXT_TOO_LONG', field: 'text', message: expect.stringContaining('thread') }]);
    expect(codes(validatePost({ platform: 'bluesky', text: 'a'.repeat(301) }))).toEqual(['TEXT_TOO_LONG text']);
    expect(codes(validatePost({ platform: 'mastodon', text: 'a'.repeat(501) }))).toEqual(['TEXT_TOO_LONG text']);
    expect(codes(validatePost({ platform: 'sandbox', text: 'a'.repeat(1001) }))).toEqual(['TEXT_TOO_LONG text']);
  });

  it('flags Bluesky text over 3000 bytes even within 300 graphemes', () => {
    const result = validatePost({ platform: 'bluesky', text: '👨‍👩‍👧‍👦'.repeat(130) });
    expect(result.length).toBe(130);
    expect(codes(result)).toEqual(['TEXT_TOO_MANY_BYTES text']);
  });

  it('needs text or media', () => {
    expect(codes(validatePost({ platform: 'x', text: '  \n' }))).toEqual(['TEXT_EMPTY text']);
    expect(validatePost({ platform: 'x', text: '', media: [png()] }).valid).toBe(true);
  });

  it('checks media count, type, size, combination and alt text, naming each field', () => {
    const result = validatePost({
      platform: 'bluesky',
      text: 'Photos',
      media: [png(), png({ mimeType: 'image/tiff' }), png({ sizeBytes: 2_000_001 }), png({ altText: '  ' }), png()],
    });
    expect(codes(result)).toEqual([
      'TOO_MANY_MEDIA media',
      'MEDIA_TYPE_NOT_ALLOWED media.1.mimeType',
      'MEDIA_TOO_LARGE media.2.sizeBytes',
      'MEDIA_ALT_TEXT_REQUIRED media.3.altText',
    ]);
    expect(codes(validatePost({ platform: 'x', text: 'gif', media: [png({ mimeType: 'image/gif', sizeBytes: 10 * 1024 * 1024 }), png()] }))).toEqual([
      'MEDIA_MUST_BE_ALONE media.0.mimeType',
    ]);
    expect(validatePost({ platform: 'x', text: 'gif', media: [png({ mimeType: 'image/gif', sizeBytes: 15 * 1024 * 1024 })] }).valid).toBe(true);
    expect(codes(validatePost({ platform: 'x', text: 'big', media: [png({ sizeBytes: 5 * 1024 * 1024 + 1 })] }))).toEqual(['MEDIA_TOO_LARGE media.0.sizeBytes']);
  });

  it('refuses video on every network as a Socialseed limit, even where the network takes video', () => {
    const video = png({ mimeType: 'video/mp4', sizeBytes: 10 * 1024 * 1024 });
    for (const platform of ['x', 'bluesky', 'mastodon', 'sandbox'] as const) {
      const result = validatePost({ platform, text: 'Watch this', media: [video] });
      expect(codes(result), platform).toEqual(['MEDIA_VIDEO_NOT_SUPPORTED media.0.mimeType']);
      expect(result.issues[0]?.message).toMatch(/^Posting video to (X|Bluesky|Mastodon|Sandbox \(simulated audience\)) is not supported by Socialseed yet/);
    }
    expect(codes(validatePost({ platform: 'x', text: 'Mixed', media: [png(), png({ mimeType: 'video/quicktime' })] }))).toEqual(['MEDIA_VIDEO_NOT_SUPPORTED media.1.mimeType']);
  });

  it("applies a Mastodon server's limits: pixels, alt text length, its own character count", () => {
    const limits = mastodonPlatformLimits({ ...mastodonDefaultLimits, maxCharacters: 10, imageMatrixLimit: 1000, descriptionLimit: 5 });
    const result = validatePost({ platform: 'mastodon', text: 'hi https://example.com/long', media: [png({ altText: 'too long' })], limits });
    expect(result).toMatchObject({ length: 26, limit: 10 });
    expect(codes(result)).toEqual(['TEXT_TOO_LONG text', 'MEDIA_TOO_MANY_PIXELS media.0.width', 'MEDIA_ALT_TEXT_TOO_LONG media.0.altText']);
  });

  it('limits hashtags where the platform documents a limit', () => {
    const tags = Array.from({ length: 31 }, (_, index) => `#tag${index}`).join(' ');
    expect(codes(validatePost({ platform: 'sandbox', text: tags }))).toEqual(['TOO_MANY_HASHTAGS text']);
    expect(validatePost({ platform: 'x', text: tags }).issues.map((issue) => issue.code)).not.toContain('TOO_MANY_HASHTAGS');
  });

  it('rejects the characters X refuses', () => {
    expect(codes(validatePost({ platform: 'x', text: 'a\uFEFFb' }))).toEqual(['TEXT_INVALID_CHARACTERS text']);
  });
});

describe('validatePost agrees with the references on a corpus of 700 texts', () => {
  const corpus = generateCorpus({ count: 700, seed: 777 });

  it('X: valid exactly when twitter-text says so (for texts that are not blank)', () => {
    const differing = corpus
      .filter((text) => text.trim() !== '')
      .filter((text) => validatePost({ platform: 'x', text }).valid !== twitterText.parseTweet(text).valid);
    expect(differing).toEqual([]);
  });

  it('Bluesky: valid exactly when the app.bsky.feed.post lexicon accepts the text', () => {
    const validator = new LexiconValidator();
    const differing = corpus
      .filter((text) => text.trim() !== '')
      .filter((text) => {
        const accepted = validator.record('app.bsky.feed.post', { $type: 'app.bsky.feed.post', text, createdAt: '2026-11-22T10:00:00.000Z' }).length === 0;
        return validatePost({ platform: 'bluesky', text }).valid !== accepted;
      });
    expect(differing).toEqual([]);
  });
});
