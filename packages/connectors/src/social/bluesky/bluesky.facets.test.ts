import { RichText } from '@atproto/api';
import { describe, expect, it } from 'vitest';
import { buildFacets, detectFacets } from './bluesky.facets';

/** Varied texts: scripts, emoji sequences, punctuation around links, edge cases of every pattern. */
const texts = [
  'Hello @alice.test, see https://example.com/path?x=1. #launch',
  '🎉🎉 big news at https://socialseed.dev! #OpenSource',
  '日本語のテキスト #日本 https://example.jp/記事',
  'mention @bob.bsky.social and @carol.example.com.',
  '@notahandle and @file.txt and @report.pdf',
  'email me at someone@example.com or email@alice.test',
  'visit example.com or www.example.org/page.',
  '(see https://en.wikipedia.org/wiki/Foo_(bar))',
  'link at end https://example.com/a,',
  '#123 is not a tag but #abc123 is',
  '#tag1 #tag2 #tag3!!! # lonely',
  'Fullwidth ＃タグ works',
  'Keycap #️⃣ is not a tag',
  'Cashtag $AAPL and $tsla, not $TOOLONG',
  'Decomposed cafe\u0301 #cafe\u0301 https://example.com/cafe\u0301',
  'Thai ภาษาไทย #ไทย',
  'Arabic مرحبا #مرحبا @alice.test',
  'line one\n#two\n@alice.test\nhttps://x.com',
  'http://insecure.example.net/path',
  'HTTPS://UPPER.EXAMPLE.COM and Example.COM',
  '@alice.test. trailing dot',
  '#tag_with_underscore #tag-with-dash #tag.with.dots.',
  'zero\u200Bwidth #tag\u200Bsplit',
  'emoji tags #🎉party #party🎉',
  '👨‍👩‍👧‍👦 family @alice.test 🏳️‍🌈 #pride',
  'url with emoji https://example.com/😀 after',
  '(@alice.test) in parens and (https://example.com)',
  `long tag #${'a'.repeat(65)} and #${'b'.repeat(64)}`,
  'versions v1.2.3 and node.js and next.js and socialseed.app',
  'https://example.com/path#fragment #hashtag',
  '$ not cashtag, $1 no, ($BTC) yes',
  'Smart quotes "$ETH" and ’$SOL’ here',
  'Multiple spaces   #a   #b',
  '@-bad.test and @good-one.test',
  'trailing colon https://example.com: and semicolon example.org;',
  'nested ((https://example.com/a(b)c))',
  'ascii art ¯\\_(ツ)_/¯ #shrug',
  'no facets at all, just words.',
  '',
  '\uD83D lone surrogate then #tag and https://example.com',
];

/** Ours in the reference's unresolved form: a mention carries its handle where the DID goes. */
function ours(text: string) {
  const { facets, mentions } = detectFacets(text);
  const unresolved = mentions.map((mention) => ({ index: mention.index, features: [{ $type: 'app.bsky.richtext.facet#mention', did: mention.handle }] }));
  return [...unresolved, ...facets].sort((a, b) => a.index.byteStart - b.index.byteStart);
}

function reference(text: string) {
  const richText = new RichText({ text });
  richText.detectFacetsWithoutResolution();
  return (richText.facets ?? []).map((facet) => ({ index: { ...facet.index }, features: facet.features.map((feature) => ({ ...feature })) }));
}

describe('detectFacets against @atproto/api RichText', () => {
  it.each(texts)('same byte ranges and features for %j', (text) => {
    expect(ours(text)).toEqual(reference(text));
  });

  it('exercises every kind of facet across the sample', () => {
    const kinds = new Set(texts.flatMap((text) => reference(text).flatMap((facet) => facet.features.map((feature) => feature.$type))));
    expect([...kinds].sort()).toEqual(['app.bsky.richtext.facet#link', 'app.bsky.richtext.facet#mention', 'app.bsky.richtext.facet#tag']);
  });
});

describe('buildFacets', () => {
  it('counts UTF-8 bytes and puts the resolved DID in mentions', async () => {
    const text = '✨ @alice.test #ship https://example.com';
    const facets = await buildFacets(text, async (handle) => (handle === 'alice.test' ? 'did:plc:alice' : null));
    const bytes = Buffer.from(text);
    expect(facets.map((facet) => bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString())).toEqual(['@alice.test', '#ship', 'https://example.com']);
    expect(facets[0]?.features).toEqual([{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:alice' }]);
  });

  it('drops links the lexicon would refuse as URIs', async () => {
    expect(await buildFacets('see https://. or https://example.com', async () => null)).toEqual([
      { index: { byteStart: 17, byteEnd: 36 }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com' }] },
    ]);
  });

  it('drops mentions whose handle does not resolve', async () => {
    const facets = await buildFacets('hi @ghost.test and @alice.test', async (handle) => (handle === 'alice.test' ? 'did:plc:alice' : null));
    expect(facets).toEqual([{ index: { byteStart: 19, byteEnd: 30 }, features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:alice' }] }]);
  });
});
