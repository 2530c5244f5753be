import { describe, expect, it } from 'vitest';
import { mastodonDefaultLimits, mastodonPlatformLimits, parseMastodonInstanceLimits } from './mastodon-limits';
import { mastodonLength } from './mastodon-length';
import { readSpecJson } from './testing/references';

/** The documented GET /api/v2/instance example of the Mastodon OpenAPI spec. */
function specExample(): unknown {
  const spec = readSpecJson('mastodon', 'openapi.json') as { components: { examples: Record<string, { value: unknown }> } };
  const example = spec.components.examples['Instance200Example'];
  if (!example) throw new Error('Instance200Example missing from the Mastodon spec');
  return example.value;
}

describe('parseMastodonInstanceLimits', () => {
  it('reads the documented instance example', () => {
    expect(parseMastodonInstanceLimits(specExample())).toEqual({
      ...mastodonDefaultLimits,
      supportedMimeTypes: expect.arrayContaining(['image/jpeg', 'image/png', 'video/mp4']),
    });
  });

  it("takes a server's own limits", () => {
    const limits = parseMastodonInstanceLimits({
      configuration: {
        statuses: { max_characters: 5000, characters_reserved_per_url: 30, max_media_attachments: 8 },
        media_attachments: { supported_mime_types: ['image/png'], image_size_limit: 8_388_608, image_matrix_limit: 1000, video_size_limit: 1, description_limit: 500 },
      },
    });
    expect(limits).toMatchObject({ maxCharacters: 5000, charactersReservedPerUrl: 30, maxMediaAttachments: 8, supportedMimeTypes: ['image/png'], imageSizeLimit: 8_388_608, descriptionLimit: 500 });
  });

  it.each([
    ['nothing', undefined],
    ['an empty object', {}],
    ['an HTML error page', '<html>502</html>'],
    ['a v1-style document', { max_toot_chars: 1000 }],
    ['mistyped numbers', { configuration: { statuses: { max_characters: '500', max_media_attachments: -1 } } }],
  ])('falls back to the documented defaults for %s', (_label, body) => {
    expect(parseMastodonInstanceLimits(body)).toEqual(mastodonDefaultLimits);
  });

  it('keeps the good fields when one is garbled', () => {
    const limits = parseMastodonInstanceLimits({ configuration: { statuses: { max_characters: 1000, characters_reserved_per_url: 'x' } } });
    expect(limits).toMatchObject({ maxCharacters: 1000, charactersReservedPerUrl: 23 });
  });
});

describe('mastodonLength', () => {
  it('counts every URL with a protocol as characters_reserved_per_url', () => {
    expect(mastodonLength('read https://example.com/a/very/long/path?q=1')).toBe(5 + 23);
    expect(mastodonLength('read https://example.com/a/very/long/path?q=1', 30)).toBe(5 + 30);
    expect(mastodonLength('https://a.co https://b.co')).toBe(23 + 1 + 23);
  });

  it('counts bare domains as written, since Mastodon does not link them', () => {
    expect(mastodonLength('see example.com')).toBe(15);
  });

  it('counts a mention by its username only', () => {
    expect(mastodonLength('hi @alice@mastodon.social')).toBe('hi @alice'.length);
    expect(mastodonLength('hi @alice')).toBe(9);
    expect(mastodonLength('mail bob@example.com')).toBe(20); // not a mention: a word character precedes @
  });

  it('counts grapheme clusters, as Ruby each_grapheme_cluster does', () => {
    expect(mastodonLength('👨‍👩‍👧‍👦🇩🇪e\u0301')).toBe(3);
    expect(mastodonLength('日本語')).toBe(3);
    expect(mastodonLength('   ')).toBe(0);
  });
});

describe('mastodonPlatformLimits', () => {
  it('turns instance limits into platform limits', () => {
    const limits = mastodonPlatformLimits({ ...mastodonDefaultLimits, maxCharacters: 1000, charactersReservedPerUrl: 10 });
    expect(limits).toMatchObject({ platform: 'mastodon', maxLength: 1000, maxMedia: 4, maxImageBytes: 16_777_216, maxAltTextLength: 1500 });
    expect(limits.countLength('go https://example.com/long')).toBe(3 + 10);
    expect(limits.maxBytesByMimeType['video/mp4']).toBe(103_809_024);
    expect(limits.soloMimeTypes).toContain('video/mp4');
  });
});
