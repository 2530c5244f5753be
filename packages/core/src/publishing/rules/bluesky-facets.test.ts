import { describe, expect, it } from 'vitest';
import { RichText } from '@atproto/api';
import { LexiconValidator } from '@socialseed/testkit/spec/lexicon-validator';
import { detectBlueskyFacets, toLexiconFacets, type BlueskyFacet } from './bluesky-facets';
import { blueskyTlds } from './bluesky-tlds';
import { graphemeLength, utf8Length } from './grapheme-length';
import { generateCorpus, seededRandom } from './testing/text-corpus';
import { requireFrom } from './testing/references';

/**
 * Facets in one comparable shape. detectFacetsWithoutResolution leaves the handle where the DID
 * belongs (`did: 'alice.bsky.social'`); ours names it `handle`, so both become `handle` here.
 */
function comparable(facets: ReadonlyArray<{ index: { byteStart: number; byteEnd: number }; features: ReadonlyArray<object> }>) {
  return facets.map((facet) => ({
    byteStart: facet.index.byteStart,
    byteEnd: facet.index.byteEnd,
    features: facet.features.map((feature) => {
      const { $type, uri, tag, did, handle } = feature as Record<string, string | null | undefined>;
      return $type === 'app.bsky.richtext.facet#mention' ? { $type, handle: handle ?? did } : { $type, uri, tag };
    }),
  }));
}

function reference(text: string) {
  const richText = new RichText({ text });
  richText.detectFacetsWithoutResolution();
  return richText;
}

function mismatches(texts: string[]): string[] {
  return texts.flatMap((text) => {
    const expected = reference(text);
    const sameFacets = JSON.stringify(comparable(detectBlueskyFacets(text))) === JSON.stringify(comparable(expected.facets ?? []));
    const sameLengths = graphemeLength(text) === expected.graphemeLength && utf8Length(text) === expected.length;
    return sameFacets && sameLengths ? [] : [JSON.stringify(text)];
  });
}

describe('Bluesky facets and lengths equal @atproto/api RichText', () => {
  const corpus = generateCorpus({ count: 700, seed: 4242 });

  it('on a seeded corpus of 700 varied texts', () => {
    expect(mismatches(corpus)).toEqual([]);
    const kinds = corpus.flatMap((text) => detectBlueskyFacets(text).flatMap((facet) => facet.features.map((feature) => feature.$type)));
    for (const kind of ['link', 'mention', 'tag']) expect(kinds.filter((type) => type.endsWith(kind)).length).toBeGreaterThan(300);
  });

  it('on 3000 short texts glued from handle, link and hashtag fragments', () => {
    const fragments = [
      'a', 'b', 'x', 'com', 'social', 'test', 'bsky', '.', '.', '-', '_', '@', '#', '＃', '$', 'AB', '(', ')', '?', '!', ',', ':',
      ' ', ' ', '\n', '1', '42', 'é', '日', '😀', '\uFE0F', '\u20E3', '\u200D', '\u00AD', 'http://', 'https://', 'www.', '/', '"', '’',
    ];
    const random = seededRandom(99);
    const texts = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 24) }, () => fragments[Math.floor(random() * fragments.length)]).join(''),
    );
    expect(mismatches(texts)).toEqual([]);
  });

  it('embeds exactly the ASCII TLDs of the tlds list @atproto/api loads', () => {
    const upstream = requireFrom('@atproto/api', 'tlds') as string[];
    expect([...blueskyTlds].sort()).toEqual(upstream.filter((tld) => /^[\x00-\x7f]+$/.test(tld)).sort());
  });
});

describe('detectBlueskyFacets', () => {
  const features = (text: string) => detectBlueskyFacets(text).map((facet) => ({ ...facet.index, ...facet.features[0] }));

  it('indexes links, mentions and hashtags by UTF-8 bytes', () => {
    expect(features('日本 @alice.bsky.social #tag https://example.com/x.')).toEqual([
      { byteStart: 7, byteEnd: 25, $type: 'app.bsky.richtext.facet#mention', handle: 'alice.bsky.social', did: null },
      { byteStart: 26, byteEnd: 30, $type: 'app.bsky.richtext.facet#tag', tag: 'tag' },
      { byteStart: 31, byteEnd: 52, $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/x' },
    ]);
  });

  it('applies the hashtag rules: trailing punctuation, 64 characters, not all digits, full-width ＃', () => {
    expect(features('#launch!')).toMatchObject([{ tag: 'launch', byteEnd: 7 }]);
    expect(features('＃全角')).toMatchObject([{ tag: '全角', byteStart: 0, byteEnd: 9 }]);
    expect(features('#2024')).toEqual([]);
    expect(features(`#${'a'.repeat(64)}`)).toHaveLength(1);
    expect(features(`#${'a'.repeat(65)}`)).toEqual([]);
    expect(features('word#notatag')).toEqual([]);
  });

  it('links bare domains only with a real TLD, and only mentions handles that have one', () => {
    expect(features('see example.com and notes.txt')).toMatchObject([{ uri: 'https://example.com' }]);
    expect(features('@alice.invalidtld @bob.test')).toMatchObject([{ handle: 'bob.test' }]);
  });
});

describe('toLexiconFacets', () => {
  const text = 'Hi @alice.bsky.social and @ghost.bsky.social, see https://example.com #news';
  const facets: BlueskyFacet[] = detectBlueskyFacets(text);

  it('fills resolved DIDs and drops mentions that did not resolve', () => {
    const lexicon = toLexiconFacets(facets, (handle) => (handle === 'alice.bsky.social' ? 'did:plc:alice123' : null));
    expect(lexicon.map((facet) => facet.features[0])).toEqual([
      { $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:alice123' },
      { $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com' },
      { $type: 'app.bsky.richtext.facet#tag', tag: 'news' },
    ]);
  });

  it('yields a post record the official lexicons accept', () => {
    const record = {
      $type: 'app.bsky.feed.post',
      text,
      createdAt: '2026-11-22T10:00:00.000Z',
      facets: toLexiconFacets(facets, () => 'did:plc:alice123'),
    };
    expect(new LexiconValidator().record('app.bsky.feed.post', record)).toEqual([]);
  });
});
