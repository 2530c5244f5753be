import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountContext, PublishRequest } from '@socialseed/core/ports/social-provider';
import type { FakeMastodon } from '@socialseed/testkit/fakes/mastodon/fake-mastodon';
import { startConnectedFakeMastodon, tinyPng } from '@socialseed/testkit/fakes/mastodon/mastodon-fixtures';
import { createMastodonProvider } from './mastodon.provider';

let fake: FakeMastodon;
let account: AccountContext;
let provider: ReturnType<typeof createMastodonProvider>;

const post = (text: string): PublishRequest => ({ text, media: [], replyToPlatformPostId: null, idempotencyKey: `key-${text}` });

beforeEach(async () => {
  ({ fake, account } = await startConnectedFakeMastodon());
  provider = createMastodonProvider({ timeoutMs: 400, media: { pollIntervalMs: 5, processingTimeoutMs: 200 } });
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe('Mastodon provider failure classification', () => {
  it('429 → rate_limited, retryAt from the ISO X-RateLimit-Reset', async () => {
    const reset = new Date(Date.now() + 300_000);
    reset.setMilliseconds(0);
    fake.inject('POST /api/v1/statuses', { kind: 'status', status: 429, headers: { 'X-RateLimit-Limit': '300', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset.toISOString() } });
    await expect(provider.publish(account, post('Too eager'))).rejects.toMatchObject({ kind: 'rate_limited', status: 429, retryAt: reset });
  });

  it('503 → retry; on a create the outcome is unknown', async () => {
    fake.inject('POST /api/v1/statuses', { kind: 'status', status: 503 });
    await expect(provider.publish(account, post('Busy'))).rejects.toMatchObject({ kind: 'retry', status: 503, outcomeUnknown: true });
    fake.inject('GET /api/v1/statuses/{id}/context', { kind: 'status', status: 503 });
    await expect(provider.listComments(account, '1')).rejects.toMatchObject({ kind: 'retry', outcomeUnknown: false });
  });

  it('422 (too long) → rejected', async () => {
    await expect(provider.publish(account, post('x'.repeat(501)))).rejects.toMatchObject({ kind: 'rejected', status: 422 });
  });

  it('timeout after commit → outcomeUnknown; findPublished finds the one status that landed', async () => {
    const since = new Date();
    fake.inject('POST /api/v1/statuses', { kind: 'timeout-after-commit', destroyAfterMs: 2_000 });
    await expect(provider.publish(account, post('Did it land?'))).rejects.toMatchObject({ kind: 'retry', outcomeUnknown: true });
    const found = await provider.findPublished(account, post('Did it land?'), since);
    const statuses = fake.state.statusesBy(account.platformAccountId);
    expect(statuses).toHaveLength(1);
    expect(found?.platformPostId).toBe(statuses[0]?.id);
    // And a blind resend would have been harmless too: the Idempotency-Key maps to that status.
    const resent = await provider.publish(account, post('Did it land?'));
    expect(resent.platformPostId).toBe(statuses[0]?.id);
    expect(fake.state.statusesBy(account.platformAccountId)).toHaveLength(1);
  });

  it('revoked ("expired") token → reconnect: Mastodon tokens do not expire, so refreshing cannot help', async () => {
    fake.inject('POST /api/v1/statuses', { kind: 'expired-token' });
    await expect(provider.publish(account, post('Revoked'))).rejects.toMatchObject({ kind: 'reconnect', status: 401 });
    expect(await provider.refreshCredentials(account)).toEqual(account.credentials);
  });

  it('media that never finishes processing → retry, and no status is created', async () => {
    fake.mediaProcessingPolls = 1_000;
    await expect(provider.publish(account, { ...post('Slow video'), media: [{ bytes: tinyPng, mimeType: 'image/png', altText: '' }] })).rejects.toMatchObject({ kind: 'retry' });
    expect(fake.requestsTo('POST /api/v1/statuses')).toHaveLength(0);
  });
});
