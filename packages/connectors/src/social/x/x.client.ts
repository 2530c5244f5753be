import type { z } from 'zod';
import { ProviderError, type AccountContext, type RateLimitListener } from '@socialseed/core/ports/social-provider';
import { classifyStatus, createHttpClient, type HttpRequest, type HttpResponse } from '@socialseed/connectors/_shared/http-client';
import { xProblemSchema } from './x.schemas';

/** What the X client needs of an account: where to call, as whom, and who to report limits for. */
export type XCaller = Pick<AccountContext, 'accountId' | 'baseUrl' | 'credentials'>;

export interface XApiOptions {
  fetch?: typeof fetch;
  /** Fed with every x-rate-limit-* header set, for the shared buckets. */
  onRateLimit?: RateLimitListener;
  timeoutMs?: number;
}

export interface XCall {
  method: HttpRequest['method'];
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Whether repeating it is harmless; a lost answer to a non-idempotent call is outcomeUnknown. */
  idempotent: boolean;
  /** Rate-limit bucket, e.g. `x:tweets:create`. */
  bucket: string;
  /** For messages: 'create post', 'upload media' … */
  what: string;
  /** POST /2/tweets: a 403 there is about the content (duplicate, reply not allowed), not the account. */
  creates?: boolean;
  timeoutMs?: number;
}

export function xUrl(baseUrl: string, path: string, query?: Record<string, string>): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}${path}`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * Turns an X error answer into the closed failure set. Beyond the default mapping: 401 means the
 * 2-hour access token expired (refresh), unless there is no refresh token to use (reconnect);
 * a 403 on create is content X refuses — duplicate text, a reply it does not allow — so the post is
 * rejected, while other 403s (suspended account, app without access) need the owner; a 5xx after
 * a create was sent may still have created the post (outcomeUnknown).
 */
export function classifyXError(response: HttpResponse, call: XCall, canRefresh: boolean): ProviderError {
  const problem = xProblemSchema.safeParse(response.body);
  const detail = problem.success ? `${problem.data.title ?? ''}: ${problem.data.detail ?? ''}` : '';
  const what = `X ${call.what}`;
  const base = classifyStatus(response, what);
  const options = { status: response.status, cause: response.body };
  if (response.status === 401) return canRefresh ? base : new ProviderError('reconnect', `${base.message} (no refresh token)`, options);
  if (response.status === 403) {
    const accountProblem = /suspend|locked|client-forbidden|unsupported-authentication/i.test(`${detail} ${problem.data?.type ?? ''}`);
    if (/duplicate content/i.test(detail) || (call.creates && !accountProblem)) return new ProviderError('rejected', `${what}: ${detail || base.message}`, options);
    return base;
  }
  if (response.status >= 500) return new ProviderError('retry', base.message, { ...options, outcomeUnknown: !call.idempotent });
  return base;
}

/** Parses a 2xx body; a body that does not match means X changed or answered oddly. */
export function parseX<T>(schema: z.ZodType<T>, response: HttpResponse, call: XCall): T {
  const parsed = schema.safeParse(response.body);
  if (parsed.success) return parsed.data;
  // The request succeeded; for a create the post exists but we lost its id.
  throw new ProviderError('retry', `X ${call.what}: unexpected answer: ${parsed.error.message.slice(0, 300)}`, {
    status: response.status,
    outcomeUnknown: !call.idempotent,
  });
}

/** The one place X requests are made: bearer auth, the shared HTTP client, error classification. */
export function createXApi(options: XApiOptions = {}) {
  async function send(caller: XCaller, call: XCall): Promise<HttpResponse> {
    const http = createHttpClient({
      ...(options.fetch ? { fetch: options.fetch } : {}),
      onRateLimit: (observation) => options.onRateLimit?.(caller.accountId, observation),
      ...(options.timeoutMs ? { defaultTimeoutMs: options.timeoutMs } : {}),
    });
    return http({
      method: call.method,
      url: xUrl(caller.baseUrl, call.path, call.query),
      headers: { authorization: `Bearer ${caller.credentials.accessToken}` },
      body: call.body,
      idempotent: call.idempotent,
      bucket: call.bucket,
      ...(call.timeoutMs ? { timeoutMs: call.timeoutMs } : {}),
    });
  }

  /** Sends and parses, or throws the classified ProviderError. */
  async function call<T>(caller: XCaller, request: XCall, schema: z.ZodType<T>): Promise<T> {
    const response = await send(caller, request);
    if (response.status >= 200 && response.status < 300) return parseX(schema, response, request);
    throw classifyXError(response, request, caller.credentials.refreshToken !== null);
  }

  return { send, call };
}

export type XApi = ReturnType<typeof createXApi>;
