import type { OAuthClient } from '@socialseed/core/ports/social-connector';
import type { MastodonApi } from './mastodon.client';
import { mastodonAppSchema, mastodonTokenSchema } from './mastodon.schemas';

/**
 * Granular scopes (Mastodon 3.x+) for what Socialseed does: read the account and its statuses,
 * post statuses with media, and read mentions for the inbox.
 */
export const mastodonOAuthScopes = ['read:accounts', 'read:statuses', 'read:notifications', 'write:statuses', 'write:media'];

/**
 * Registers Socialseed as an app on one instance (POST /api/v1/apps). Mastodon has no central
 * app registry, so each instance needs its own client; store the result per instance.
 */
export async function registerMastodonApp(
  api: MastodonApi,
  input: { baseUrl: string; clientName: string; redirectUri: string; website?: string; scopes?: string[] },
): Promise<OAuthClient> {
  const scopes = input.scopes ?? mastodonOAuthScopes;
  const body: Record<string, unknown> = { client_name: input.clientName, redirect_uris: [input.redirectUri], scopes: scopes.join(' ') };
  if (input.website) body.website = input.website;
  const caller = { accountId: 'app-registration', baseUrl: input.baseUrl, credentials: null };
  // Not idempotent: a repeat registers a second app, which is harmless but untidy.
  const app = await api.call(caller, { method: 'POST', path: '/api/v1/apps', body, idempotent: false, bucket: 'mastodon:default', what: 'register app' }, mastodonAppSchema);
  return { clientId: app.client_id, clientSecret: app.client_secret, redirectUri: input.redirectUri, scopes };
}

/** POST /oauth/token with the authorization code and PKCE verifier (JSON, as the spec documents). */
export async function exchangeMastodonCode(api: MastodonApi, input: { baseUrl: string; client: OAuthClient; code: string; codeVerifier: string }): Promise<string> {
  const body = {
    grant_type: 'authorization_code',
    code: input.code,
    client_id: input.client.clientId,
    client_secret: input.client.clientSecret ?? '',
    redirect_uri: input.client.redirectUri,
    code_verifier: input.codeVerifier,
  };
  const caller = { accountId: 'connecting', baseUrl: input.baseUrl, credentials: null };
  const token = await api.call(caller, { method: 'POST', path: '/oauth/token', body, idempotent: false, bucket: 'mastodon:default', what: 'exchange code' }, mastodonTokenSchema);
  return token.access_token;
}
