import { isProviderError, type AccountContext, type ProviderError } from '@socialseed/core/ports/social-provider';
import type { FakePds } from '@socialseed/testkit/fakes/bluesky/fake-pds';
import { afterEach, describe, expect, it } from 'vitest';
import { createBlueskyProvider } from './bluesky.provider';
import { connectAlice, pngHeader, startSeededPds, textPost } from './bluesky.test-support';

const provider = createBlueskyProvider();
const TWO_HOURS = 2 * 60 * 60 * 1000;
let fake: FakePds;

async function setUp(options: Parameters<typeof startSeededPds>[0] = {}): Promise<AccountContext> {
  fake = await startSeededPds(options);
  return connectAlice(fake);
}
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isProviderError(error)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  return error;
}

const creates = () => fake.requests.filter((request) => request.nsid === 'com.atproto.repo.createRecord');

describe('Bluesky provider failure kinds', () => {
  it('429 → rate_limited until the later of RateLimit-Reset and Retry-After', async () => {
    const alice = await setUp();
    fake.injectFault('com.atproto.repo.createRecord', { kind: 'rate-limited', resetInSeconds: 120, retryAfterSeconds: 30 });
    const error = await failure(provider.publish(alice, textPost('busy')));
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, outcomeUnknown: false });
    const waitSeconds = ((error.retryAt?.getTime() ?? 0) - Date.now()) / 1000;
    expect(waitSeconds).toBeGreaterThan(115);
    expect(waitSeconds).toBeLessThanOrEqual(121);
    expect(fake.posts('alice.test')).toEqual([]);
  });

  it('429 on a read → rate_limited as well', async () => {
    const alice = await setUp();
    fake.injectFault('app.bsky.feed.getPosts', { kind: 'rate-limited', resetInSeconds: 10 });
    expect(await failure(provider.fetchMetrics(alice, [`at://${alice.platformAccountId}/app.bsky.feed.post/3lenax2sszc22`]))).toMatchObject({ kind: 'rate_limited' });
  });

  it('503 → retry, with nothing written and the outcome known', async () => {
    const alice = await setUp();
    fake.injectFault('com.atproto.repo.createRecord', { kind: 'server-error', status: 503 });
    expect(await failure(provider.publish(alice, textPost('later')))).toMatchObject({ kind: 'retry', status: 503, outcomeUnknown: false });
    fake.injectFault('com.atproto.repo.uploadBlob', { kind: 'server-error', status: 502 });
    const media = [{ bytes: pngHeader(10, 10), mimeType: 'image/png', altText: 'dot' }];
    expect(await failure(provider.publish(alice, { ...textPost('pic'), media }))).toMatchObject({ kind: 'retry', outcomeUnknown: false });
    expect(fake.posts('alice.test')).toEqual([]);
  });

  it('a create whose answer is lost → outcomeUnknown; findPublished then finds the one post that landed', async () => {
    const alice = await setUp();
    const since = new Date(Date.now() - 1000);
    const request = textPost('Did this land? #maybe');
    fake.injectFault('com.atproto.repo.createRecord', { kind: 'timeout-after-commit' });
    expect(await failure(provider.publish(alice, request))).toMatchObject({ kind: 'retry', outcomeUnknown: true });
    fake.seedPost({ author: 'alice.test', text: 'something else, posted later' });
    const found = await provider.findPublished(alice, request, since);
    const landed = fake.posts('alice.test').filter((post) => post.value.text === request.text);
    expect(landed).toHaveLength(1);
    expect(found?.platformPostId).toBe(landed[0]?.uri);
    expect(creates()).toHaveLength(1);
  });

  it('a create lost before it was written → outcomeUnknown; findPublished finds nothing', async () => {
    const alice = await setUp();
    const since = new Date(Date.now() - 1000);
    fake.injectFault('com.atproto.repo.createRecord', { kind: 'timeout-before-commit' });
    expect(await failure(provider.publish(alice, textPost('lost')))).toMatchObject({ outcomeUnknown: true });
    expect(await provider.findPublished(alice, textPost('lost'), since)).toBeNull();
  });

  it('an expired access token (400 ExpiredToken) → refresh; refreshCredentials and the publish succeed', async () => {
    const alice = await setUp();
    fake.advanceClock(TWO_HOURS);
    expect(await failure(provider.publish(alice, textPost('after a while')))).toMatchObject({ kind: 'refresh', status: 400 });
    const credentials = await provider.refreshCredentials(alice);
    expect(credentials.accessToken).not.toBe(alice.credentials.accessToken);
    expect(credentials.refreshToken).not.toBe(alice.credentials.refreshToken);
    expect(credentials.expiresAt?.getTime()).toBeGreaterThan(Date.now() + TWO_HOURS + TWO_HOURS - 10_000);
    const published = await provider.publish({ ...alice, credentials }, textPost('after a while'));
    expect(fake.posts('alice.test').map((post) => post.uri)).toEqual([published.platformPostId]);
  });

  it('the AppView form of expiry (401 ExpiredToken) → refresh too', async () => {
    const alice = await setUp({ expiredTokenStatus: 401 });
    fake.advanceClock(TWO_HOURS);
    expect(await failure(provider.listMentions(alice))).toMatchObject({ kind: 'refresh', status: 401 });
  });

  it('a revoked app password: the refresh itself fails → reconnect', async () => {
    const alice = await setUp();
    fake.revokeSessions('alice.test');
    fake.advanceClock(TWO_HOURS);
    expect(await failure(provider.publish(alice, textPost('revoked')))).toMatchObject({ kind: 'refresh' });
    expect(await failure(provider.refreshCredentials(alice))).toMatchObject({ kind: 'reconnect' });
    expect(await failure(provider.refreshCredentials({ ...alice, credentials: { ...alice.credentials, refreshToken: null } }))).toMatchObject({ kind: 'reconnect' });
  });

  it('content Bluesky cannot take → rejected, before any write', async () => {
    const alice = await setUp();
    expect(await failure(provider.publish(alice, textPost('x'.repeat(301))))).toMatchObject({ kind: 'rejected' });
    const image = { bytes: pngHeader(10, 10), mimeType: 'image/png', altText: '' };
    expect(await failure(provider.publish(alice, { ...textPost('five'), media: [image, image, image, image, image] }))).toMatchObject({ kind: 'rejected' });
    const huge = { ...image, bytes: Buffer.alloc(2_000_001) };
    expect(await failure(provider.publish(alice, { ...textPost('huge'), media: [huge] }))).toMatchObject({ kind: 'rejected' });
    expect(fake.requests.filter((request) => request.nsid !== 'com.atproto.server.createSession')).toEqual([]);
  });

  it('a reply to a deleted post → rejected', async () => {
    const alice = await setUp();
    const gone = await provider.publish(alice, textPost('soon gone'));
    await provider.delete(alice, gone.platformPostId);
    expect(await failure(provider.reply(alice, gone.platformPostId, 'hello?'))).toMatchObject({ kind: 'rejected' });
    expect(creates()).toHaveLength(1);
  });
});
