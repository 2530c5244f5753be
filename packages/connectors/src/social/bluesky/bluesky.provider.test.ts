import type { AccountContext, RateLimitObservation } from '@socialseed/core/ports/social-provider';
import type { FakePds } from '@socialseed/testkit/fakes/bluesky/fake-pds';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBlueskyProvider } from './bluesky.provider';
import { connectAlice, pngHeader, startSeededPds, textPost } from './bluesky.test-support';

let fake: FakePds;
let alice: AccountContext;
const observations: Array<{ accountId: string; observation: RateLimitObservation }> = [];
const provider = createBlueskyProvider({ onRateLimit: (accountId, observation) => observations.push({ accountId, observation }) });

beforeEach(async () => {
  fake = await startSeededPds();
  alice = await connectAlice(fake);
  observations.length = 0;
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const bobDid = () => fake.store.account('bob.bsky.social')?.did;
/** What our posts hold, for reading them back out of the fake (it stores the JSON as sent). */
interface StoredPost {
  facets?: unknown;
  embed?: { $type: string; images: Array<{ alt: string; aspectRatio?: unknown; image: { ref: { $link: string } } }> };
  reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } };
}
const stored = (uri: string) => fake.store.records.get(uri)?.value as StoredPost | undefined;

describe('Bluesky provider against the fake PDS', () => {
  it('publishes text with UTF-8 byte-offset facets for a mention, a link and a hashtag', async () => {
    const text = 'Launch day ✨ with @bob.bsky.social: read https://socialseed.dev/blog?id=1. #OpenSource';
    const published = await provider.publish(alice, textPost(text));
    const bytes = Buffer.from(text);
    const range = (part: string) => ({ byteStart: bytes.indexOf(part), byteEnd: bytes.indexOf(part) + Buffer.byteLength(part) });
    expect(stored(published.platformPostId)?.facets).toEqual([
      { $type: 'app.bsky.richtext.facet', index: range('@bob.bsky.social'), features: [{ $type: 'app.bsky.richtext.facet#mention', did: bobDid() }] },
      { $type: 'app.bsky.richtext.facet', index: range('https://socialseed.dev/blog?id=1'), features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://socialseed.dev/blog?id=1' }] },
      { $type: 'app.bsky.richtext.facet', index: range('#OpenSource'), features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'OpenSource' }] },
    ]);
    expect(range('@bob.bsky.social').byteStart).toBeGreaterThan(text.indexOf('@bob.bsky.social')); // ✨ is 3 bytes, 1 code unit
    expect(published.url).toBe(`https://bsky.app/profile/${alice.platformAccountId}/post/${published.platformPostId.split('/').pop()}`);
    expect(fake.requests.find((request) => request.nsid === 'com.atproto.identity.resolveHandle')?.params).toEqual({ handle: ['bob.bsky.social'] });
  });

  it('uploads two images and embeds them with their alt text and aspect ratio', async () => {
    const media = [
      { bytes: pngHeader(1200, 800), mimeType: 'image/png', altText: 'The dashboard at launch' },
      { bytes: pngHeader(600, 600), mimeType: 'image/png', altText: 'Our team' },
    ];
    const published = await provider.publish(alice, { ...textPost('Two pictures'), media });
    const embed = stored(published.platformPostId)?.embed;
    expect(embed?.$type).toBe('app.bsky.embed.images');
    expect(embed?.images.map((image) => [image.alt, image.aspectRatio])).toEqual([
      ['The dashboard at launch', { width: 1200, height: 800 }],
      ['Our team', { width: 600, height: 600 }],
    ]);
    expect(embed?.images.map((image) => image.image.ref.$link)).toEqual([...fake.store.blobs.keys()]);
    const uploads = fake.requests.filter((request) => request.nsid === 'com.atproto.repo.uploadBlob');
    expect(uploads.map((request) => request.body)).toEqual([{ bytes: 33, contentType: 'image/png' }, { bytes: 33, contentType: 'image/png' }]);
  });

  it('threads replies with root and parent strong refs', async () => {
    const root = await provider.publish(alice, textPost('1/3 a thread'));
    const second = await provider.publish(alice, { ...textPost('2/3'), replyToPlatformPostId: root.platformPostId });
    const third = await provider.publish(alice, { ...textPost('3/3'), replyToPlatformPostId: second.platformPostId });
    const ref = (uri: string) => ({ uri, cid: fake.store.records.get(uri)?.cid });
    expect(stored(second.platformPostId)?.reply).toEqual({ root: ref(root.platformPostId), parent: ref(root.platformPostId) });
    expect(stored(third.platformPostId)?.reply).toEqual({ root: ref(root.platformPostId), parent: ref(second.platformPostId) });
    // Our own previous part comes from our PDS (getRecord), not the AppView, which may lag behind it.
    expect(fake.requests.filter((request) => request.nsid === 'com.atproto.repo.getRecord').map((request) => request.params.rkey)).toEqual(
      [root, second].map((post) => [post.platformPostId.split('/').pop()]),
    );
    expect(fake.requests.filter((request) => request.nsid === 'app.bsky.feed.getPosts')).toEqual([]);
  });

  it('deletes a post, and deleting it again is harmless', async () => {
    const published = await provider.publish(alice, textPost('short-lived'));
    await provider.delete(alice, published.platformPostId);
    await provider.delete(alice, published.platformPostId);
    expect(fake.posts('alice.test')).toEqual([]);
  });

  it('reads counts from getPosts in batches of 25, with null where Bluesky gives no number', async () => {
    const published = await provider.publish(alice, textPost('count me'));
    fake.seedPost({ author: 'bob.bsky.social', text: 'first!', replyTo: published.platformPostId });
    fake.setCounts(published.platformPostId, { likeCount: 5, repostCount: 2, quoteCount: 1, bookmarkCount: 3 });
    const missing = Array.from({ length: 25 }, (_, index) => `at://${alice.platformAccountId}/app.bsky.feed.post/gone${index}`);
    const metrics = await provider.fetchMetrics(alice, [...missing, published.platformPostId]);
    expect(metrics).toEqual([{ platformPostId: published.platformPostId, impressions: null, likes: 5, comments: 1, shares: 2, quotes: 1, saves: 3, clicks: null }]);
    expect(fake.requests.filter((request) => request.nsid === 'app.bsky.feed.getPosts')).toHaveLength(2);
  });

  it('lists replies by others, nested ones included, and answers them', async () => {
    const published = await provider.publish(alice, textPost('what do you think?'));
    const comment = fake.seedPost({ author: 'bob.bsky.social', text: 'love it', replyTo: published.platformPostId });
    fake.seedPost({ author: 'bob.bsky.social', text: 'also this', replyTo: comment.uri });
    const answer = await provider.reply(alice, comment.uri, 'thanks Bob!');
    const comments = await provider.listComments(alice, published.platformPostId);
    expect(comments.map((item) => [item.authorHandle, item.text, item.platformPostId])).toEqual([
      ['bob.bsky.social', 'love it', published.platformPostId],
      ['bob.bsky.social', 'also this', published.platformPostId],
    ]);
    expect(stored(answer.platformPostId)?.reply?.parent.uri).toBe(comment.uri);
    expect(stored(answer.platformPostId)?.reply?.root.uri).toBe(published.platformPostId);
  });

  it('lists mentions and replies from notifications', async () => {
    const published = await provider.publish(alice, textPost('hello'));
    const reply = fake.seedPost({ author: 'bob.bsky.social', text: 'hi Alice', replyTo: published.platformPostId });
    const mention = fake.seedPost({
      author: 'bob.bsky.social',
      text: '@alice.bsky.social look',
      facets: [{ index: { byteStart: 0, byteEnd: 18 }, features: [{ $type: 'app.bsky.richtext.facet#mention', did: alice.platformAccountId }] }],
    });
    const mentions = await provider.listMentions(alice);
    expect(mentions.map((item) => [item.platformCommentId, item.platformPostId, item.text])).toEqual([
      [mention.uri, mention.uri, '@alice.bsky.social look'],
      [reply.uri, published.platformPostId, 'hi Alice'],
    ]);
  });

  it('reports rate-limit headers per account and bucket', async () => {
    await provider.publish(alice, textPost('counted'));
    const write = observations.find((item) => item.observation.bucket === 'bluesky:repo-write');
    expect(write).toMatchObject({ accountId: 'account-alice', observation: { limit: 3000 } });
    expect(write?.observation.resetAt?.getTime()).toBeGreaterThan(Date.now());
  });

  it('finds nothing when no post with that text landed', async () => {
    const since = new Date();
    await provider.publish(alice, textPost('this one landed'));
    expect(await provider.findPublished(alice, textPost('this one did not'), since)).toBeNull();
    expect(await provider.findPublished(alice, textPost('this one landed'), new Date(Date.now() + 60_000))).toBeNull();
  });
});
