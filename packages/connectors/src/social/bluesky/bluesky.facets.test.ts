import { describe, expect, it } from 'vitest';
import { buildFacets } from './bluesky.facets';

// Detection itself is core's and is compared with @atproto/api on a generated corpus
// (packages/core/src/publishing/rules/bluesky-facets.test.ts); here: what publishing adds.
describe('buildFacets', () => {
  it('counts UTF-8 bytes and puts the resolved DID in mentions', async () => {
    const text = '✨ @alice.bsky.social #ship https://example.com';
    const facets = await buildFacets(text, async (handle) => (handle === 'alice.bsky.social' ? 'did:plc:alice' : null));
    const bytes = Buffer.from(text);
    expect(facets.map((facet) => bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString())).toEqual(['@alice.bsky.social', '#ship', 'https://example.com']);
    expect(facets[0]?.features).toEqual([{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:alice' }]);
    expect(facets.every((facet) => facet.$type === 'app.bsky.richtext.facet')).toBe(true);
  });

  it('drops links the lexicon would refuse as URIs', async () => {
    expect(await buildFacets('see https://. or https://example.com', async () => null)).toEqual([
      { $type: 'app.bsky.richtext.facet', index: { byteStart: 17, byteEnd: 36 }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com' }] },
    ]);
  });

  it('drops mentions whose handle does not resolve', async () => {
    const facets = await buildFacets('hi @ghost.bsky.social and @alice.bsky.social', async (handle) => (handle === 'alice.bsky.social' ? 'did:plc:alice' : null));
    expect(facets).toEqual([
      { $type: 'app.bsky.richtext.facet', index: { byteStart: 26, byteEnd: 44 }, features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:alice' }] },
    ]);
  });
});
