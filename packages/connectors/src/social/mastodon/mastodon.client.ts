import type { z } from 'zod';
import { ProviderError, type AccountContext, type RateLimitListener } from '@socialseed/core/ports/social-provider';
import { classifyStatus, createHttpClient, type HttpRequest, type HttpResponse } from '@socialseed/connectors/_shared/http-client';
import { mastodonErrorSchema } from './mastodon.schemas';

/** What the client needs of an account: the instance, the token, and who to report limits for. */
export type MastodonCaller = Pick<AccountContext, 'accountId' | 'baseUrl'> & { credentials: { accessToken: string } | null };

export interface MastodonApiOptions {
  fetch?: typeof fetch;
  /** Fed with every X-RateLimit-* header set, for the shared buckets. */
  onRateLimit?: RateLimitListener;
  timeoutMs?: number;
}

export interface MastodonCall {
  method: HttpRequest['method'];
  path: string;
  query?: Record<string, string | string[]>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Whether repeating it is harmless; a lost answer to a non-idempotent call is outcomeUnknown. */
  idempotent: boolean;
  /** Rate-limit bucket, e.g. `mastodon:default` or `mastodon:media`. */
  bucket: string;
  what: string;
  timeoutMs?: number;
}

export function mastodonUrl(baseUrl: string, path: string, query?: Record<string, string | string[]>): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}${path}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, item);
  }
  return url.toString();
}

/**
 * Mastodon errors in the closed failure set. Tokens never expire, so a 401 means the token was
 * revoked (reconnect, not refresh); 410 means the account is gone; 422 is invalid content
 * (rejected) except "not finished processing", which is worth a retry; a 5xx after a create was
 * sent may still have created the status (outcomeUnknown).
 */
export function classifyMastodonError(response: HttpResponse, call: MastodonCall): ProviderError {
  const body = mastodonErrorSchema.safeParse(response.body);
  const what = `Mastodon ${call.what}`;
  const message = `${what}: HTTP ${response.status} ${body.success ? body.data.error : JSON.stringify(response.body ?? null).slice(0, 300)}`;
  const options = { status: response.status, cause: response.body };
  if (response.status === 401 || response.status === 410) return new ProviderError('reconnect', message, options);
  if (response.status === 422 && body.success && /not finished processing/i.test(body.data.error)) return new ProviderError('retry', message, options);
  if (response.status >= 500) return new ProviderError('retry', message, { ...options, outcomeUnknown: !call.idempotent });
  const base = classifyStatus(response, what);
  return new ProviderError(base.kind, message, { ...options, retryAt: base.retryAt });
}

/** Parses a 2xx body; a mismatch means the instance answered in a shape we do not know. */
export function parseMastodon<T>(schema: z.ZodType<T>, response: HttpResponse, call: MastodonCall): T {
  const parsed = schema.safeParse(response.body);
  if (parsed.success) return parsed.data;
  throw new ProviderError('retry', `Mastodon ${call.what}: unexpected answer: ${parsed.error.message.slice(0, 300)}`, {
    status: response.status,
    outcomeUnknown: !call.idempotent,
  });
}

/** The one place Mastodon requests are made: the instance's base URL, bearer auth, classification. */
export function createMastodonApi(options: MastodonApiOptions = {}) {
  async function send(caller: MastodonCaller, call: MastodonCall): Promise<HttpResponse> {
    const http = createHttpClient({
      ...(options.fetch ? { fetch: options.fetch } : {}),
      onRateLimit: (observation) => options.onRateLimit?.(caller.accountId, observation),
      ...(options.timeoutMs ? { defaultTimeoutMs: options.timeoutMs } : {}),
    });
    const headers: Record<string, string> = { ...call.headers };
    if (caller.credentials) headers.authorization = `Bearer ${caller.credentials.accessToken}`;
    return http({
      method: call.method,
      url: mastodonUrl(caller.baseUrl, call.path, call.query),
      headers,
      body: call.body,
      idempotent: call.idempotent,
      bucket: call.bucket,
      ...(call.timeoutMs ? { timeoutMs: call.timeoutMs } : {}),
    });
  }

  async function call<T>(caller: MastodonCaller, request: MastodonCall, schema: z.ZodType<T>): Promise<T> {
    const response = await send(caller, request);
    if (response.status >= 200 && response.status < 300) return parseMastodon(schema, response, request);
    throw classifyMastodonError(response, request);
  }

  return { send, call };
}

export type MastodonApi = ReturnType<typeof createMastodonApi>;
