import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OAuthClient } from '@socialseed/core/ports/social-connector';
import { FakeX } from '@socialseed/testkit/fakes/x/fake-x';
import { createXConnector } from './x.connector';
import { xOAuthScopes } from './x.oauth';
import { createXProvider } from './x.provider';

let fake: FakeX;
const connector = createXConnector();

beforeEach(async () => {
  fake = await new FakeX().start();
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

/** Follows the consent redirect the way the browser would, returning the callback's query. */
async function consent(url: string): Promise<URLSearchParams> {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '').searchParams;
}

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

describe.each([
  ['public client (PKCE only)', null],
  ['confidential client (Basic auth)', 's3cret'],
])('X OAuth 2.0 with PKCE, %s', (_label, clientSecret) => {
  const client: OAuthClient = { clientId: 'socialseed', clientSecret, redirectUri: 'http://127.0.0.1:3000/oauth/x/callback', scopes: xOAuthScopes };

  it('connects: consent URL, code exchange, identity from users/me; the tokens publish', async () => {
    fake.registerClient(client);
    fake.addUser({ username: 'seedling', name: 'Seedling Co.' });
    const { verifier, challenge } = pkce();
    const url = connector.authorizationUrl?.({ baseUrl: fake.baseUrl, client, state: 'st-1', codeChallenge: challenge }) ?? '';
    expect(new URL(url).searchParams.get('scope')).toBe('tweet.read tweet.write users.read media.write offline.access');
    const callback = await consent(url);
    expect(callback.get('state')).toBe('st-1');
    const identity = await connector.exchangeCode?.({ baseUrl: fake.baseUrl, client, code: callback.get('code') ?? '', codeVerifier: verifier });
    expect(identity).toMatchObject({ handle: 'seedling', displayName: 'Seedling Co.', baseUrl: fake.baseUrl });
    expect(identity?.credentials.refreshToken).toEqual(expect.any(String));
    if (!identity) throw new Error('no identity');
    const provider = createXProvider({ client });
    const account = { ...identity, accountId: 'a1', platform: 'x' as const };
    await provider.publish(account, { text: 'Connected!', media: [], replyToPlatformPostId: null, idempotencyKey: 'k' });
  });

  it('refuses a code presented with the wrong verifier (rejected: start again)', async () => {
    fake.registerClient(client);
    fake.addUser({ username: 'seedling' });
    const { challenge } = pkce();
    const url = connector.authorizationUrl?.({ baseUrl: fake.baseUrl, client, state: 's', codeChallenge: challenge }) ?? '';
    const code = (await consent(url)).get('code') ?? '';
    await expect(connector.exchangeCode?.({ baseUrl: fake.baseUrl, client, code, codeVerifier: pkce().verifier })).rejects.toMatchObject({ kind: 'rejected', status: 400 });
  });
});

it('sends production users to the consent screen on x.com', () => {
  const client: OAuthClient = { clientId: 'c', clientSecret: null, redirectUri: 'https://app.example/cb', scopes: [] };
  const url = new URL(connector.authorizationUrl?.({ baseUrl: 'https://api.x.com', client, state: 's', codeChallenge: 'c' }) ?? '');
  expect(`${url.origin}${url.pathname}`).toBe('https://x.com/i/oauth2/authorize');
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
});
