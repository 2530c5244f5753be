import { classifyStatus, type HttpResponse } from '@socialseed/connectors/_shared/http-client';
import { readRateLimitHeaders, readRetryAfter } from '@socialseed/connectors/_shared/rate-limit-headers';
import { ProviderError } from '@socialseed/core/ports/social-provider';
import { xrpcErrorSchema } from './bluesky.schemas';

/** XRPC error names that mean the token, not the request, is the problem. */
const tokenErrors = new Set(['ExpiredToken', 'InvalidToken', 'AuthenticationRequired']);
/** The account itself cannot act until its owner does something. */
const accountErrors = new Set(['AccountTakedown', 'AccountDeactivated', 'AccountSuspended']);

/** Which call failed: session calls (createSession, refreshSession) have no token to refresh. */
export type CallKind = 'session' | 'account';

/** The later of RateLimit-Reset and Retry-After: waiting for the earlier one risks another 429. */
function rateLimitRetryAt(response: HttpResponse): Date | null {
  const candidates = [readRetryAfter(response.headers), readRateLimitHeaders(response.headers, 'bluesky')?.resetAt ?? null];
  const times = candidates.filter((date): date is Date => date !== null).map((date) => date.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

/**
 * Maps an XRPC error answer onto the closed failure set. Bluesky words token trouble the same
 * way at different statuses (an expired access token is 400 at the PDS, 401 at the AppView), so
 * the error name decides before the status does:
 * - ExpiredToken / InvalidToken / AuthenticationRequired → refresh; on a session call → reconnect,
 *   since a refresh token or app password that fails leaves nothing to refresh with;
 * - account takedown or deactivation → reconnect;
 * - 429 → rate_limited at the later of RateLimit-Reset and Retry-After; 5xx → retry;
 * - anything else (InvalidRequest, BlobTooLarge, NotFound …) → rejected.
 */
export function classifyXrpcError(response: HttpResponse, what: string, call: CallKind = 'account'): ProviderError {
  const base = classifyStatus(response, what);
  const status = response.status;
  const name = xrpcErrorSchema.safeParse(response.body).data?.error;
  if (status === 429) return new ProviderError('rate_limited', base.message, { status, retryAt: rateLimitRetryAt(response) ?? base.retryAt });
  if (status >= 500) return base;
  if ((name !== undefined && tokenErrors.has(name)) || status === 401) {
    return new ProviderError(call === 'session' ? 'reconnect' : 'refresh', base.message, { status });
  }
  if (name !== undefined && accountErrors.has(name)) return new ProviderError('reconnect', base.message, { status });
  return new ProviderError(status === 403 ? 'reconnect' : 'rejected', base.message, { status });
}
