import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mastodonDefaultLimits } from '@socialseed/core/publishing/rules/mastodon-limits';
import { FakeMastodon } from '@socialseed/testkit/fakes/mastodon/fake-mastodon';
import { createMastodonApi } from './mastodon.client';
import { createMastodonConnector } from './mastodon.connector';
import { registerMastodonApp } from './mastodon.oauth';
import { createMastodonProvider } from './mastodon.provider';

let fake: FakeMastodon;
const connector = createMastodonConnector();

beforeEach(async () => {
  fake = await new FakeMastodon({ domain: 'social.example' }).start();
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe('Mastodon connector', () => {
  it('connects with a pasted access token, verified with verify_credentials', async () => {
    const owner = fake.addAccount({ username: 'seedling', displayName: 'Seedling Co.' });
    const token = fake.issueToken(owner.id);
    const identity = await connector.connectWithSecret?.({ baseUrl: fake.baseUrl, identifier: '', secret: ` ${token}\n` });
    expect(identity).toEqual({
      platformAccountId: owner.id,
      handle: 'seedling@social.example',
      displayName: 'Seedling Co.',
      baseUrl: fake.baseUrl,
      credentials: { accessToken: token, refreshToken: null, expiresAt: null },
      instanceLimits: { ...mastodonDefaultLimits, supportedMimeTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4'] },
    });
  });

  it('refuses a wrong token as rejected (fix and resubmit), not reconnect', async () => {
    fake.addAccount({ username: 'seedling' });
    await expect(connector.connectWithSecret?.({ baseUrl: fake.baseUrl, identifier: '', secret: 'not-a-token' })).rejects.toMatchObject({ kind: 'rejected', status: 401 });
  });

  it('connects with the OAuth app flow: register app, consent with PKCE, exchange code; the token publishes', async () => {
    const owner = fake.addAccount({ username: 'seedling' });
    const client = await registerMastodonApp(createMastodonApi(), { baseUrl: fake.baseUrl, clientName: 'Socialseed', redirectUri: 'http://127.0.0.1:3000/oauth/mastodon/callback', website: 'https://socialseed.example' });
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const url = connector.authorizationUrl?.({ baseUrl: fake.baseUrl, client, state: 'st-9', codeChallenge: challenge }) ?? '';
    const consent = await fetch(url, { redirect: 'manual' });
    const callback = new URL(consent.headers.get('location') ?? '').searchParams;
    expect(callback.get('state')).toBe('st-9');
    const identity = await connector.exchangeCode?.({ baseUrl: fake.baseUrl, client, code: callback.get('code') ?? '', codeVerifier: verifier });
    expect(identity?.platformAccountId).toBe(owner.id);
    if (!identity) throw new Error('no identity');
    const provider = createMastodonProvider();
    await provider.publish({ ...identity, accountId: 'a1', platform: 'mastodon' }, { text: 'Connected', media: [], replyToPlatformPostId: null, idempotencyKey: 'k1' });
    expect(fake.state.statusesBy(owner.id)).toHaveLength(1);
  });

  it('refuses a code with the wrong PKCE verifier', async () => {
    fake.addAccount({ username: 'seedling' });
    const client = await registerMastodonApp(createMastodonApi(), { baseUrl: fake.baseUrl, clientName: 'Socialseed', redirectUri: 'http://127.0.0.1:3000/cb' });
    const challenge = createHash('sha256').update('right-verifier').digest('base64url');
    const url = connector.authorizationUrl?.({ baseUrl: fake.baseUrl, client, state: 's', codeChallenge: challenge }) ?? '';
    const code = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '').searchParams.get('code') ?? '';
    await expect(connector.exchangeCode?.({ baseUrl: fake.baseUrl, client, code, codeVerifier: 'wrong-verifier' })).rejects.toMatchObject({ kind: 'rejected', status: 400 });
  });
});
