import type { z } from 'zod';
import { ProviderError } from '@socialseed/core/ports/social-provider';
import { classifyStatus, createHttpClient, type HttpResponse, type HttpSend } from '@socialseed/connectors/_shared/http-client';

/** What every source takes for HTTP: tests inject nothing but a short timeout; production nothing at all. */
export interface SourceHttpOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export function createSourceHttp(options: SourceHttpOptions): HttpSend {
  return createHttpClient({
    ...(options.fetch ? { fetch: options.fetch } : {}),
    defaultTimeoutMs: options.timeoutMs ?? 15_000,
  });
}

/**
 * Parses a 2xx JSON answer. A body that is not the documented shape — including a cut-off one,
 * which the client hands back as a string — is a transient fault of the source, not a crash.
 */
export function parseJsonAnswer<T>(schema: z.ZodType<T>, response: HttpResponse, what: string): T {
  const parsed = schema.safeParse(response.body);
  if (parsed.success) return parsed.data;
  const detail = typeof response.body === 'string' ? 'not JSON' : parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new ProviderError('retry', `${what}: malformed answer (${detail})`, { status: response.status });
}

export function isSuccess(response: HttpResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

/** A shorter retry-at for sources that send no reset header with their 429. */
export function inFromNow(milliseconds: number): Date {
  return new Date(Date.now() + milliseconds);
}

/**
 * classifyStatus for sources without user tokens: its 401 → `refresh` means nothing here, so
 * 401/403 become `unauthorized` — `reconnect` for a source with credentials the operator must
 * fix, `rejected` for a public one that refuses the resource.
 */
export function classifySourceStatus(response: HttpResponse, what: string, unauthorized: 'reconnect' | 'rejected'): ProviderError {
  const base = classifyStatus(response, what);
  if (response.status !== 401 && response.status !== 403) return base;
  return new ProviderError(unauthorized, base.message, { status: response.status });
}
