import type { Platform } from '../publishing/platforms';
import type { AccountCredentials } from './social-provider';

/** Who an account is on its platform, as learned while connecting it. */
export interface ConnectedIdentity {
  platformAccountId: string;
  handle: string;
  displayName: string;
  baseUrl: string;
  credentials: AccountCredentials;
}

/** OAuth client registration for one platform (and, for Mastodon, one instance). */
export interface OAuthClient {
  clientId: string;
  clientSecret: string | null;
  redirectUri: string;
  scopes: string[];
}

/**
 * How an account gets connected. Platforms with app passwords or pasted tokens (Bluesky,
 * Mastodon, Sandbox) implement `connectWithSecret`; OAuth platforms (X, Mastodon) implement the
 * authorization-code-with-PKCE pair.
 */
export interface SocialConnector {
  readonly platform: Platform;
  connectWithSecret?(input: { baseUrl: string; identifier: string; secret: string }): Promise<ConnectedIdentity>;
  authorizationUrl?(input: { baseUrl: string; client: OAuthClient; state: string; codeChallenge: string }): string;
  exchangeCode?(input: { baseUrl: string; client: OAuthClient; code: string; codeVerifier: string }): Promise<ConnectedIdentity>;
}
