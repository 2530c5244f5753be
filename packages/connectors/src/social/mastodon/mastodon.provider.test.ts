import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountContext, PublishRequest, RateLimitObservation } from '@socialseed/core/ports/social-provider';
import type { FakeMastodon } from '@socialseed/testkit/fakes/mastodon/fake-mastodon';
import { startConnectedFakeMastodon, tinyPng } from '@socialseed/testkit/fakes/mastodon/mastodon-fixtures';
import { createMastodonProvider } from './mastodon.provider';

let fake: FakeMastodon;
let account: AccountContext;
let observed: RateLimitObservation[];
let provider: ReturnType<typeof createMastodonProvider>;

const post = (text: string, extra: Partial<PublishRequest> = {}): PublishRequest => ({ text, media: [], replyToPlatformPostId: null, idempotencyKey: `key-${text}`, ...extra });

beforeEach(async () => {
  ({ fake, account } = await startConnectedFakeMastodon());
  observed = [];
  provider = createMastodonProvider({ onRateLimit: (_accountId, observation) => observed.push(observation), media: { pollIntervalMs: 5 } });
});

afterEach(async () => {
  // Every request the connector sent must be valid per the Mastodon OpenAPI document.
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe('Mastodon provider against the fake instance', () => {
  it('publishes a status with the Idempotency-Key and reads the ISO rate-limit reset', async () => {
    const published = await provider.publish(account, post('Hello, fediverse'));
    expect(fake.state.statuses.get(published.platformPostId)?.text).toBe('Hello, fediverse');
    expect(published.url).toBe(`https://mastodon.example/@seedling/${published.platformPostId}`);
    expect(fake.requestsTo('POST /api/v1/statuses')[0]?.headers['idempotency-key']).toBe('key-Hello, fediverse');
    const observation = observed.find((item) => item.bucket === 'mastodon:default');
    expect(observation).toMatchObject({ limit: 300, remaining: 299 });
    expect(observation?.resetAt?.getTime()).toBeGreaterThan(Date.now());
  });

  it('a repeated create with the same Idempotency-Key returns the same status, no new one', async () => {
    const first = await provider.publish(account, post('Only once'));
    const again = await provider.publish(account, post('Only once'));
    expect(again.platformPostId).toBe(first.platformPostId);
    expect(fake.state.statusesBy(account.platformAccountId)).toHaveLength(1);
  });

  it('publishes two images with alt text, waiting while the instance processes them', async () => {
    fake.mediaProcessingPolls = 2;
    const media = [
      { bytes: tinyPng, mimeType: 'image/png', altText: 'A seedling' },
      { bytes: tinyPng, mimeType: 'image/png', altText: 'A taller seedling' },
    ];
    const published = await provider.publish(account, post('Growth', { media }));
    const stored = fake.state.statuses.get(published.platformPostId);
    expect(stored?.mediaIds.map((id) => fake.state.media.get(id)?.description)).toEqual(['A seedling', 'A taller seedling']);
    expect(fake.requestsTo('GET /api/v1/media/{id}').map((request) => request.status)).toEqual([206, 206, 200, 206, 206, 200]);
  });

  it('threads a reply with in_reply_to_id', async () => {
    const first = await provider.publish(account, post('1/2 Thread'));
    const second = await provider.publish(account, post('2/2 End', { replyToPlatformPostId: first.platformPostId }));
    expect(fake.state.statuses.get(second.platformPostId)?.inReplyToId).toBe(first.platformPostId);
  });

  it('deletes a status, and deleting it again is not an error', async () => {
    const published = await provider.publish(account, post('Short-lived'));
    await provider.delete(account, published.platformPostId);
    expect(fake.state.statuses.has(published.platformPostId)).toBe(false);
    await provider.delete(account, published.platformPostId);
  });

  it('reads counts, null where Mastodon counts nothing, and skips deleted statuses', async () => {
    const published = await provider.publish(account, post('Measured'));
    const stored = fake.state.statuses.get(published.platformPostId);
    if (stored) stored.counts = { replies: 3, reblogs: 2, favourites: 9, quotes: 1 };
    const metrics = await provider.fetchMetrics(account, [published.platformPostId, '999']);
    expect(metrics).toEqual([
      { platformPostId: published.platformPostId, impressions: null, likes: 9, comments: 3, shares: 2, quotes: 1, saves: null, clicks: null },
    ]);
  });

  it('reads 25 statuses in two requests of at most 20 ids (id[]), leaving out unknown ones', async () => {
    const ids = Array.from({ length: 25 }, (_, index) => fake.addStatusBy(account.platformAccountId, `Toot ${index}`).id);
    const fromRequest = fake.requests.length;
    const metrics = await provider.fetchMetrics(account, [...ids, '424242']);
    expect(metrics.map((entry) => entry.platformPostId)).toEqual(ids);
    const reads = fake.requests.slice(fromRequest).map((request) => `${request.method} ${request.path} ${request.query.getAll('id[]').length}`);
    expect(reads).toEqual(['GET /api/v1/statuses 20', 'GET /api/v1/statuses 6']);
  });

  it('reads one status at a time from a server older than 4.3, and remembers not to ask it for many again', async () => {
    const old = await startConnectedFakeMastodon({ withoutMultipleStatuses: true });
    try {
      const ids = ['first', 'second', 'third'].map((text) => old.fake.addStatusBy(old.account.platformAccountId, text).id);
      for (const pass of [1, 2]) {
        const fromRequest = old.fake.requests.length;
        expect((await provider.fetchMetrics(old.account, ids)).map((entry) => entry.platformPostId), `pass ${pass}`).toEqual(ids);
        const paths = old.fake.requests.slice(fromRequest).map((request) => request.path);
        const expected = ids.map((id) => `/api/v1/statuses/${id}`);
        expect(paths).toEqual(pass === 1 ? ['/api/v1/statuses', ...expected] : expected);
      }
      expect(old.fake.violations).toEqual([]);
    } finally {
      await old.fake.close();
    }
  });

  it('lists replies by others below the status, as plain text', async () => {
    const published = await provider.publish(account, post('Questions?'));
    const fan = fake.addAccount({ username: 'fan' });
    const answer = fake.addStatusBy(fan.id, 'Yes & no <3\n\nSecond paragraph', published.platformPostId);
    fake.addStatusBy(fan.id, 'Nested', answer.id);
    await provider.reply(account, published.platformPostId, 'Thanks!');
    const comments = await provider.listComments(account, published.platformPostId);
    expect(comments.map((comment) => [comment.authorHandle, comment.text])).toEqual([
      ['fan', 'Yes & no <3\n\nSecond paragraph'],
      ['fan', 'Nested'],
    ]);
  });

  it('finds a landed status from its HTML content, and not a different one', async () => {
    const since = new Date();
    const published = await provider.publish(account, post('Fish & chips\nhttps://example.com/a/very/long/path/to/the/menu'));
    const found = await provider.findPublished(account, post('Fish & chips https://example.com/a/very/long/path/to/the/menu', { idempotencyKey: 'other' }), since);
    expect(found?.platformPostId).toBe(published.platformPostId);
    expect(await provider.findPublished(account, post('Fish and chips'), since)).toBeNull();
  });

  it('returns the same credentials on refresh: Mastodon tokens do not expire', async () => {
    expect(await provider.refreshCredentials(account)).toEqual(account.credentials);
    expect(fake.requests).toHaveLength(0);
  });
});
