import { ProviderError, type AccountCredentials, type FailureKind } from '@socialseed/core/ports/social-provider';
import { classifyStatus, createHttpClient } from '@socialseed/connectors/_shared/http-client';
import { xUrl } from './x.client';
import { xOAuthErrorSchema, xTokenSchema } from './x.schemas';

/** The scopes Socialseed needs on X; offline.access is what makes X issue a refresh token. */
export const xOAuthScopes = ['tweet.read', 'tweet.write', 'users.read', 'media.write', 'offline.access'];

export interface XOAuthClientCredentials {
  clientId: string;
  /** Null for a public client (PKCE only); a confidential client authenticates with HTTP Basic. */
  clientSecret: string | null;
}

export interface XTokenRequest {
  baseUrl: string;
  client: XOAuthClientCredentials;
  /** grant_type and its fields, per https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/user-access-token */
  grant: Record<string, string>;
  /** What a refused grant means: a dead refresh token needs the owner; a bad code, a new attempt. */
  refusedKind: FailureKind;
  /** Kept when the answer carries no new refresh token (X rotates them today, but may not always). */
  previousRefreshToken?: string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
  now: () => Date;
}

/**
 * POST /2/oauth2/token. A refresh rotates the refresh token, so the call is not idempotent: if
 * its answer is lost the old refresh token may already be spent (outcomeUnknown).
 */
export async function requestXToken(input: XTokenRequest): Promise<AccountCredentials> {
  const http = createHttpClient({ ...(input.fetch ? { fetch: input.fetch } : {}), ...(input.timeoutMs ? { defaultTimeoutMs: input.timeoutMs } : {}) });
  const form = new URLSearchParams(input.grant);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (input.client.clientSecret === null) form.set('client_id', input.client.clientId);
  else headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(input.client.clientId)}:${encodeURIComponent(input.client.clientSecret)}`).toString('base64')}`;
  const response = await http({ method: 'POST', url: xUrl(input.baseUrl, '/2/oauth2/token'), headers, body: form, idempotent: false, bucket: 'x:oauth:token' });
  if (response.status === 200) {
    const token = xTokenSchema.safeParse(response.body);
    if (!token.success) throw new ProviderError('retry', `X token answer unexpected: ${token.error.message.slice(0, 300)}`, { status: 200, outcomeUnknown: true });
    return {
      accessToken: token.data.access_token,
      refreshToken: token.data.refresh_token ?? input.previousRefreshToken ?? null,
      expiresAt: new Date(input.now().getTime() + token.data.expires_in * 1000),
    };
  }
  const refused = xOAuthErrorSchema.safeParse(response.body);
  if (response.status === 400 || response.status === 401) {
    const reason = refused.success ? `${refused.data.error} ${refused.data.error_description ?? ''}`.trim() : `HTTP ${response.status}`;
    throw new ProviderError(input.refusedKind, `X token request refused: ${reason}`, { status: response.status });
  }
  throw classifyStatus(response, 'X token request');
}
