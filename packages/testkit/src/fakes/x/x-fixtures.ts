import type { AccountContext } from '@socialseed/core/ports/social-provider';
import { FakeX, type FakeXOptions } from './fake-x';

export interface ConnectedFakeX {
  fake: FakeX;
  account: AccountContext;
  /** The OAuth client the account's tokens were issued to (what the provider refreshes with). */
  client: { clientId: string; clientSecret: string | null; redirectUri: string };
}

/**
 * A started fake X with one user whose tokens were issued as if they had connected, and the
 * AccountContext a provider gets for them. Close `fake` in afterEach.
 */
export async function startConnectedFakeX(options: FakeXOptions = {}): Promise<ConnectedFakeX> {
  const fake = await new FakeX(options).start();
  const client = { clientId: 'socialseed-test', clientSecret: 'test-secret', redirectUri: 'http://127.0.0.1/oauth/x/callback' };
  fake.registerClient(client);
  const user = fake.addUser({ username: 'socialseed_brand', name: 'Socialseed Brand' });
  const tokens = fake.issueTokens(user.id, client.clientId);
  const account: AccountContext = {
    accountId: 'acct-x-1',
    platform: 'x',
    platformAccountId: user.id,
    handle: user.username,
    baseUrl: fake.baseUrl,
    credentials: { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: new Date(Date.now() + tokens.expiresIn * 1000) },
  };
  return { fake, account, client };
}

/** A tiny valid PNG (1×1), enough for upload paths that check the type. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
