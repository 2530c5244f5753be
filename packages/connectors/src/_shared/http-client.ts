import { ProviderError, type RateLimitObservation } from '@socialseed/core/ports/social-provider';
import { readRateLimitHeaders, readRetryAfter } from './rate-limit-headers';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** JSON body (serialised), form body (URLSearchParams), or raw bytes / multipart FormData. */
  body?: unknown;
  /** Whether repeating the request is harmless; decides if a lost answer leaves the outcome unknown. */
  idempotent: boolean;
  timeoutMs?: number;
  /** Rate-limit bucket name reported with the response headers. */
  bucket: string;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface HttpClientOptions {
  fetch?: typeof fetch;
  onRateLimit?: (observation: RateLimitObservation) => void;
  defaultTimeoutMs?: number;
}

type RequestBody = NonNullable<RequestInit['body']>;

function encodeBody(body: unknown, headers: Record<string, string>): RequestBody | undefined {
  if (body === undefined) return undefined;
  if (body instanceof URLSearchParams || body instanceof FormData || body instanceof Uint8Array) return body as RequestBody;
  headers['content-type'] ??= 'application/json';
  return JSON.stringify(body);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The one HTTP path of every connector: timeouts, rate-limit headers reported, and network
 * failures turned into ProviderError — with `outcomeUnknown` when a non-idempotent request may
 * have reached the platform. HTTP error statuses are returned for the provider to classify,
 * since each platform words its errors differently.
 */
export function createHttpClient(options: HttpClientOptions = {}) {
  const fetchImpl = options.fetch ?? fetch;
  return async function send(request: HttpRequest): Promise<HttpResponse> {
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    const body = encodeBody(request.body, headers);
    let response: Response;
    try {
      response = await fetchImpl(request.url, {
        method: request.method,
        headers,
        ...(body !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(request.timeoutMs ?? options.defaultTimeoutMs ?? 15_000),
      });
    } catch (error) {
      // undici reports network failures as TypeError('fetch failed') with a cause; any other
      // TypeError (a bad header value, an unsupported body) is thrown before anything is sent.
      if (error instanceof TypeError && error.message !== 'fetch failed') {
        throw new ProviderError('rejected', `${request.method} ${new URL(request.url).pathname} could not be sent: ${error.message}`, { cause: error });
      }
      const refused = error instanceof Error && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|bad port/.test(`${error.message} ${String(error.cause)}`);
      throw new ProviderError('retry', `${request.method} ${new URL(request.url).pathname} failed: ${error instanceof Error ? error.message : String(error)}`, {
        outcomeUnknown: !request.idempotent && !refused,
        cause: error,
      });
    }
    const observation = readRateLimitHeaders(response.headers, request.bucket);
    if (observation) options.onRateLimit?.(observation);
    let parsed: unknown;
    try {
      parsed = await readBody(response);
    } catch (error) {
      // The platform answered (so it received the request) but the body was cut off.
      throw new ProviderError('retry', `reading the answer to ${request.method} ${new URL(request.url).pathname} failed`, {
        outcomeUnknown: !request.idempotent && response.ok,
        status: response.status,
        cause: error,
      });
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };
}

export type HttpSend = ReturnType<typeof createHttpClient>;

/** The default classification of an HTTP error status; providers refine it from the error body. */
export function classifyStatus(response: HttpResponse, what: string): ProviderError {
  const { status } = response;
  const detail = typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? null);
  const message = `${what}: HTTP ${status} ${detail.slice(0, 500)}`;
  if (status === 429) {
    const reset = readRetryAfter(response.headers) ?? readRateLimitHeaders(response.headers, 'error')?.resetAt ?? null;
    return new ProviderError('rate_limited', message, { status, retryAt: reset ?? new Date(Date.now() + 60_000) });
  }
  if (status === 401) return new ProviderError('refresh', message, { status });
  if (status === 403) return new ProviderError('reconnect', message, { status });
  if (status >= 500) return new ProviderError('retry', message, { status });
  return new ProviderError('rejected', message, { status });
}
