import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountContext, PublishRequest, RateLimitObservation } from '@socialseed/core/ports/social-provider';
import type { FakeX } from '@socialseed/testkit/fakes/x/fake-x';
import { startConnectedFakeX, tinyPng } from '@socialseed/testkit/fakes/x/x-fixtures';
import { createXProvider } from './x.provider';

let fake: FakeX;
let account: AccountContext;
let observed: RateLimitObservation[];
let provider: ReturnType<typeof createXProvider>;

const post = (text: string, extra: Partial<PublishRequest> = {}): PublishRequest => ({ text, media: [], replyToPlatformPostId: null, idempotencyKey: `key-${text}`, ...extra });

beforeEach(async () => {
  const started = await startConnectedFakeX();
  fake = started.fake;
  account = started.account;
  observed = [];
  provider = createXProvider({ client: started.client, onRateLimit: (_accountId, observation) => observed.push(observation) });
});

afterEach(async () => {
  // Every request the connector sent must be valid per the official X OpenAPI document.
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe('X provider against the fake X API', () => {
  it('publishes a text post and reports the rate-limit headers', async () => {
    const published = await provider.publish(account, post('Hello from Socialseed & friends <3'));
    const stored = fake.state.tweets.get(published.platformPostId);
    expect(stored?.text).toBe('Hello from Socialseed & friends <3');
    expect(published.url).toBe(`https://x.com/socialseed_brand/status/${published.platformPostId}`);
    expect(observed).toContainEqual(expect.objectContaining({ bucket: 'x:tweets:create', limit: 200, remaining: 199 }));
  });

  it('publishes with two images, each uploaded first with its alt text', async () => {
    const media = [
      { bytes: tinyPng, mimeType: 'image/png', altText: 'A green seedling' },
      { bytes: tinyPng, mimeType: 'image/png', altText: 'The same seedling, a week later' },
    ];
    const published = await provider.publish(account, post('Two pictures', { media }));
    const stored = fake.state.tweets.get(published.platformPostId);
    expect(stored?.mediaKeys).toHaveLength(2);
    expect([...fake.state.media.values()].map((item) => item.altText)).toEqual(['A green seedling', 'The same seedling, a week later']);
    expect(fake.requestsTo('POST /2/media/upload')).toHaveLength(2);
  });

  it('refuses locally what X would refuse: five images, or a GIF on the one-shot upload', async () => {
    const image = { bytes: tinyPng, mimeType: 'image/png', altText: '' };
    await expect(provider.publish(account, post('five', { media: Array(5).fill(image) }))).rejects.toMatchObject({ kind: 'rejected' });
    await expect(provider.publish(account, post('gif', { media: [{ ...image, mimeType: 'image/gif' }] }))).rejects.toMatchObject({ kind: 'rejected' });
    expect(fake.requests).toHaveLength(0);
  });

  it('threads a reply under the previous post', async () => {
    const first = await provider.publish(account, post('1/2 A thread'));
    const second = await provider.publish(account, post('2/2 The end', { replyToPlatformPostId: first.platformPostId }));
    expect(fake.state.tweets.get(second.platformPostId)).toMatchObject({ inReplyToTweetId: first.platformPostId, conversationId: first.platformPostId });
  });

  it('deletes a post, and deleting it again is not an error', async () => {
    const published = await provider.publish(account, post('Short-lived'));
    await provider.delete(account, published.platformPostId);
    expect(fake.state.tweets.has(published.platformPostId)).toBe(false);
    await provider.delete(account, published.platformPostId);
  });

  it('reads public metrics, null where X reports nothing, and skips deleted posts', async () => {
    const published = await provider.publish(account, post('Measured'));
    const stored = fake.state.tweets.get(published.platformPostId);
    if (stored) Object.assign(stored.metrics, { like_count: 7, retweet_count: 2, impression_count: 340, bookmark_count: 1 });
    const metrics = await provider.fetchMetrics(account, [published.platformPostId, '1111111111111111111']);
    expect(metrics).toEqual([
      { platformPostId: published.platformPostId, impressions: 340, likes: 7, comments: 0, shares: 2, quotes: 0, saves: 1, clicks: null },
    ]);
  });

  it('lists replies from other people, not the post or our own thread', async () => {
    const published = await provider.publish(account, post('Ask me anything'));
    const fan = fake.addUser({ username: 'a_fan' });
    fake.addPostBy(fan.id, 'Great & useful!', published.platformPostId);
    await provider.reply(account, published.platformPostId, 'Thank you!');
    const comments = await provider.listComments(account, published.platformPostId);
    expect(comments).toEqual([expect.objectContaining({ authorHandle: 'a_fan', text: 'Great & useful!', platformPostId: published.platformPostId })]);
  });

  it('finds a landed post by its text, ignoring X escaping and whitespace, and not a different one', async () => {
    const since = new Date();
    const published = await provider.publish(account, post('Fish  &  chips\nat noon'));
    const found = await provider.findPublished(account, post('Fish & chips at noon'), since);
    expect(found?.platformPostId).toBe(published.platformPostId);
    expect(await provider.findPublished(account, post('Something else'), since)).toBeNull();
    expect(await provider.findPublished(account, post('Fish & chips at noon', { replyToPlatformPostId: published.platformPostId }), since)).toBeNull();
  });
});
