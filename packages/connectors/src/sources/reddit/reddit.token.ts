import { ProviderError } from '@socialseed/core/ports/social-provider';
import { classifyStatus, type HttpSend } from '@socialseed/connectors/_shared/http-client';
import { isSuccess, parseJsonAnswer } from '../_shared/source-http';
import { redditTokenSchema } from './reddit.schemas';

export interface RedditAppCredentials {
  clientId: string;
  clientSecret: string;
  userAgent: string;
  /** https://www.reddit.com — where the token endpoint lives. */
  authBaseUrl: string;
}

/** Renew this long before the stated expiry, so a token never lapses mid-fetch. */
const expiryMarginMs = 60_000;

/**
 * App-only OAuth (client credentials) for Reddit's read API. The token lives a day; it is kept
 * in memory until shortly before expiry, and concurrent fetches share one token request.
 */
export class RedditTokenCache {
  private token: { value: string; expiresAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly http: HttpSend,
    private readonly credentials: RedditAppCredentials,
    private readonly clock: () => number = Date.now,
  ) {}

  async get(): Promise<string> {
    if (this.token && this.token.expiresAt - expiryMarginMs > this.clock()) return this.token.value;
    this.pending ??= this.request().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Forgets the token after Reddit refused it, so the next call asks for a fresh one. */
  invalidate(): void {
    this.token = null;
  }

  private async request(): Promise<string> {
    const { clientId, clientSecret, userAgent, authBaseUrl } = this.credentials;
    const response = await this.http({
      method: 'POST',
      url: `${authBaseUrl.replace(/\/+$/, '')}/api/v1/access_token`,
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'user-agent': userAgent },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
      idempotent: true,
      bucket: 'reddit',
    });
    const what = 'Reddit access token';
    // Wrong client id/secret: only the operator can fix the configuration.
    if (response.status === 401 || response.status === 403) {
      throw new ProviderError('reconnect', `${what}: Reddit refused the client id/secret (HTTP ${response.status})`, { status: response.status });
    }
    if (!isSuccess(response)) throw classifyStatus(response, what);
    const body = parseJsonAnswer(redditTokenSchema, response, what);
    if ('error' in body) {
      const kind = ['invalid_client', 'unauthorized_client', 'invalid_grant', '401'].includes(String(body.error)) ? 'reconnect' : 'rejected';
      throw new ProviderError(kind, `${what}: ${String(body.error)}${body.message ? ` ${body.message}` : ''}`, { status: response.status });
    }
    this.token = { value: body.access_token, expiresAt: this.clock() + body.expires_in * 1000 };
    return body.access_token;
  }
}
