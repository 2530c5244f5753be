import { describe, expect, it } from 'vitest';
import { LexiconValidator } from './lexicon-validator';

const validator = new LexiconValidator();
const did = 'did:plc:ewvi7nxzyoun6zhxrhs64oiz';
const createdAt = '2025-01-02T03:04:05.000Z';
const blob = { $type: 'blob', ref: { $link: 'bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy' }, mimeType: 'image/png', size: 68 };

const post = (fields: Record<string, unknown>) => ({ $type: 'app.bsky.feed.post', text: 'hello', createdAt, ...fields });
const linkFacet = (feature: Record<string, unknown>) => ({ index: { byteStart: 0, byteEnd: 5 }, features: [feature] });

describe('LexiconValidator records', () => {
  it('accepts a post with facets, an image embed and reply refs', () => {
    const strongRef = { uri: `at://${did}/app.bsky.feed.post/3lbqg2nqxvc2k`, cid: blob.ref.$link };
    const record = post({
      facets: [linkFacet({ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com' })],
      embed: { $type: 'app.bsky.embed.images', images: [{ alt: 'a cat', image: blob, aspectRatio: { width: 4, height: 3 } }] },
      reply: { root: strongRef, parent: strongRef },
      langs: ['en'],
    });
    expect(validator.record('app.bsky.feed.post', record)).toEqual([]);
  });

  it('counts graphemes, not code units: 300 emoji pass, 301 letters do not', () => {
    expect(validator.record('app.bsky.feed.post', post({ text: '👍🏽'.repeat(300) }))).toEqual([]);
    const [violation] = validator.record('app.bsky.feed.post', post({ text: 'x'.repeat(301) }));
    expect(violation?.message).toMatch(/300 graphemes/);
  });

  it('reports a missing createdAt and a malformed one', () => {
    expect(validator.record('app.bsky.feed.post', { $type: 'app.bsky.feed.post', text: 'hi' })[0]?.message).toMatch(/createdAt/);
    expect(validator.record('app.bsky.feed.post', post({ createdAt: 'yesterday' }))[0]?.message).toMatch(/createdAt/);
  });

  it('reports facet features with a bad $type or the wrong fields for theirs', () => {
    const bogus = validator.record('app.bsky.feed.post', post({ facets: [linkFacet({ $type: 'link', uri: 'https://example.com' })] }));
    expect(bogus[0]?.message).toMatch(/"link" is not defined/);
    const untyped = validator.record('app.bsky.feed.post', post({ facets: [linkFacet({ uri: 'https://example.com' })] }));
    expect(untyped[0]?.message).toMatch(/\$type/);
    const wrongFields = validator.record('app.bsky.feed.post', post({ facets: [linkFacet({ $type: 'app.bsky.richtext.facet#mention', handle: 'alice.test' })] }));
    expect(wrongFields[0]?.message).toMatch(/did/);
    const badDid = validator.record('app.bsky.feed.post', post({ facets: [linkFacet({ $type: 'app.bsky.richtext.facet#mention', did: '' })] }));
    expect(badDid).toHaveLength(1);
  });

  it('reports an image without alt text and more than four images', () => {
    const noAlt = post({ embed: { $type: 'app.bsky.embed.images', images: [{ image: blob }] } });
    expect(validator.record('app.bsky.feed.post', noAlt)[0]?.message).toMatch(/alt/);
    const five = post({ embed: { $type: 'app.bsky.embed.images', images: Array.from({ length: 5 }, () => ({ alt: '', image: blob })) } });
    expect(validator.record('app.bsky.feed.post', five)).toHaveLength(1);
  });

  it('reports a record of the wrong $type', () => {
    expect(validator.record('app.bsky.feed.post', { ...post({}), $type: 'app.bsky.feed.like' })[0]?.message).toMatch(/Invalid \$type/);
  });
});

describe('LexiconValidator XRPC input and params', () => {
  it('checks procedure inputs', () => {
    expect(validator.input('com.atproto.server.createSession', { identifier: 'alice.test', password: 'app-pass' })).toEqual([]);
    expect(validator.input('com.atproto.server.createSession', { identifier: 'alice.test' })[0]?.message).toMatch(/password/);
    const create = { repo: did, collection: 'app.bsky.feed.post', record: post({}) };
    expect(validator.input('com.atproto.repo.createRecord', create)).toEqual([]);
    expect(validator.input('com.atproto.repo.createRecord', { ...create, collection: 'not an nsid' })).toHaveLength(1);
    expect(validator.input('com.atproto.repo.deleteRecord', { repo: did, collection: 'app.bsky.feed.post' })[0]?.message).toMatch(/rkey/);
  });

  it('decodes query strings by the lexicon types before validating', () => {
    const uris = new URLSearchParams([['uris', `at://${did}/app.bsky.feed.post/3lbqg2nqxvc2k`], ['uris', `at://${did}/app.bsky.feed.post/3lbqg2nqxvc2l`]]);
    expect(validator.params('app.bsky.feed.getPosts', uris)).toEqual([]);
    expect(validator.params('app.bsky.feed.getPosts', new URLSearchParams({ uris: 'https://example.com' }))).toHaveLength(1);
    const list = new URLSearchParams({ repo: did, collection: 'app.bsky.feed.post', limit: '50', reverse: 'false' });
    expect(validator.params('com.atproto.repo.listRecords', list)).toEqual([]);
    expect(validator.params('com.atproto.repo.listRecords', new URLSearchParams({ repo: did, collection: 'app.bsky.feed.post', limit: '500' }))[0]?.message).toMatch(/limit/);
    expect(validator.params('com.atproto.repo.listRecords', new URLSearchParams({ repo: did, collection: 'app.bsky.feed.post', limit: 'ten' }))).toHaveLength(1);
    expect(validator.params('com.atproto.repo.listRecords', new URLSearchParams({ repo: did }))[0]?.message).toMatch(/collection/);
  });

  it('checks outputs, including blob refs in their JSON form', () => {
    expect(validator.output('com.atproto.repo.uploadBlob', { blob })).toEqual([]);
    expect(validator.output('com.atproto.repo.uploadBlob', { blob: { ...blob, ref: 'not-a-link' } })).toHaveLength(1);
  });

  it('knows which methods are queries and which are procedures', () => {
    expect(validator.methodType('app.bsky.feed.getPosts')).toBe('query');
    expect(validator.methodType('com.atproto.repo.createRecord')).toBe('procedure');
    expect(validator.methodType('app.bsky.feed.post')).toBeNull();
    expect(validator.methodType('com.example.unknown')).toBeNull();
  });
});
