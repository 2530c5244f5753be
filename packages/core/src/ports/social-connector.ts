import type { Platform } from '../publishing/platforms';
import type { MastodonInstanceLimits } from '../publishing/rules/mastodon-limits';
import type { AccountContext, AccountCredentials } from './social-provider';

/** Who an account is on its platform, as learned while connecting it. */
export interface ConnectedIdentity {
  platformAccountId: string;
  handle: string;
  displayName: string;
  baseUrl: string;
  credentials: AccountCredentials;
  /** The limits the account's server announces (Mastodon); null where the platform's are fixed. */
  instanceLimits: MastodonInstanceLimits | null;
}

/** Who a connected account is now, as its platform answers with the stored credentials. */
export interface AccountDescription {
  handle: string;
  displayName: string;
  /** Null where the platform's limits are fixed, or when the server did not say this time. */
  instanceLimits: MastodonInstanceLimits | null;
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
  /**
   * Checks that the stored credentials still work and re-reads the profile (and the server's
   * limits). Fails only with ProviderError: `refresh` when the access token expired, `reconnect`
   * when the grant is gone — the same closed set the delivery engine acts on.
   */
  describeAccount?(account: AccountContext): Promise<AccountDescription>;
}
