import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountContext, PublishRequest } from '@socialseed/core/ports/social-provider';
import type { FakeX } from '@socialseed/testkit/fakes/x/fake-x';
import { startConnectedFakeX } from '@socialseed/testkit/fakes/x/x-fixtures';
import { createXProvider } from './x.provider';

let fake: FakeX;
let account: AccountContext;
let provider: ReturnType<typeof createXProvider>;

const post = (text: string): PublishRequest => ({ text, media: [], replyToPlatformPostId: null, idempotencyKey: `key-${text}` });

beforeEach(async () => {
  const started = await startConnectedFakeX();
  fake = started.fake;
  account = started.account;
  provider = createXProvider({ client: started.client, timeoutMs: 400 });
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe('X provider failure classification', () => {
  it('429 → rate_limited, retryAt from x-rate-limit-reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 600;
    fake.inject('POST /2/tweets', { kind: 'status', status: 429, headers: { 'x-rate-limit-limit': '200', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) } });
    const error = await provider.publish(account, post('Too eager')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryAt: new Date(reset * 1000) });
  });

  it('503 → retry, with the outcome unknown because X may have written the post', async () => {
    fake.inject('POST /2/tweets', { kind: 'status', status: 503 });
    await expect(provider.publish(account, post('Busy'))).rejects.toMatchObject({ kind: 'retry', status: 503, outcomeUnknown: true });
    fake.inject('GET /2/tweets', { kind: 'status', status: 503 });
    await expect(provider.fetchMetrics(account, ['1870000000000000001'])).rejects.toMatchObject({ kind: 'retry', outcomeUnknown: false });
  });

  it('403 duplicate content → rejected (never retried)', async () => {
    await provider.publish(account, post('Said once'));
    await expect(provider.publish(account, post('Said once'))).rejects.toMatchObject({ kind: 'rejected', status: 403 });
  });

  it('timeout after commit → outcomeUnknown; findPublished then finds the one post that landed', async () => {
    const since = new Date();
    fake.inject('POST /2/tweets', { kind: 'timeout-after-commit', destroyAfterMs: 2_000 });
    const error = await provider.publish(account, post('Did it land?')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'retry', outcomeUnknown: true });
    const found = await provider.findPublished(account, post('Did it land?'), since);
    expect(fake.state.tweetsBy(account.platformAccountId)).toHaveLength(1);
    expect(found?.platformPostId).toBe(fake.state.tweetsBy(account.platformAccountId)[0]?.id);
  });

  it('timeout before commit → outcomeUnknown; findPublished finds nothing, so a resend is safe', async () => {
    const since = new Date();
    fake.inject('POST /2/tweets', { kind: 'timeout-before-commit', destroyAfterMs: 2_000 });
    await expect(provider.publish(account, post('Lost on the way'))).rejects.toMatchObject({ outcomeUnknown: true });
    expect(await provider.findPublished(account, post('Lost on the way'), since)).toBeNull();
    await provider.publish(account, post('Lost on the way'));
    expect(fake.state.tweetsBy(account.platformAccountId)).toHaveLength(1);
  });

  it('expired token → refresh; refreshCredentials rotates the tokens and publishing works again', async () => {
    fake.inject('POST /2/tweets', { kind: 'expired-token' });
    await expect(provider.publish(account, post('After refresh'))).rejects.toMatchObject({ kind: 'refresh', status: 401 });
    const credentials = await provider.refreshCredentials(account);
    expect(credentials.accessToken).not.toBe(account.credentials.accessToken);
    expect(credentials.refreshToken).not.toBe(account.credentials.refreshToken);
    expect(credentials.expiresAt?.getTime()).toBeGreaterThan(Date.now() + 7000 * 1000);
    const refreshed = { ...account, credentials };
    const published = await provider.publish(refreshed, post('After refresh'));
    expect(fake.state.tweets.has(published.platformPostId)).toBe(true);
    // The spent refresh token no longer works: the account would need its owner.
    await expect(provider.refreshCredentials(account)).rejects.toMatchObject({ kind: 'reconnect' });
  });

  it('401 without a refresh token → reconnect', async () => {
    fake.inject('GET /2/tweets', { kind: 'expired-token' });
    const withoutRefresh = { ...account, credentials: { ...account.credentials, refreshToken: null } };
    await expect(provider.fetchMetrics(withoutRefresh, ['1870000000000000001'])).rejects.toMatchObject({ kind: 'reconnect' });
  });
});
