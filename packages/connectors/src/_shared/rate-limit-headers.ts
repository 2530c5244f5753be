import type { RateLimitObservation } from '@socialseed/core/ports/social-provider';

function numberOrNull(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * Reset headers come as epoch seconds (X `x-rate-limit-reset`, Bluesky `RateLimit-Reset`),
 * ISO timestamps (Mastodon `X-RateLimit-Reset`) or, per the IETF draft, seconds from now.
 */
export function parseReset(value: string | null, now: Date): Date | null {
  if (!value) return null;
  const numeric = numberOrNull(value);
  if (numeric !== null) {
    // Anything below ~year 2001 in epoch seconds is a delta, not an instant.
    return numeric > 1_000_000_000 ? new Date(numeric * 1000) : new Date(now.getTime() + numeric * 1000);
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed);
}

/** Reads whichever family of rate-limit headers the response carries; null when it has none. */
export function readRateLimitHeaders(headers: Headers, bucket: string, now: Date = new Date()): RateLimitObservation | null {
  for (const prefix of ['x-rate-limit-', 'ratelimit-', 'x-ratelimit-']) {
    const limit = headers.get(`${prefix}limit`);
    const remaining = headers.get(`${prefix}remaining`);
    const reset = headers.get(`${prefix}reset`);
    if (limit === null && remaining === null && reset === null) continue;
    return { bucket, limit: numberOrNull(limit), remaining: numberOrNull(remaining), resetAt: parseReset(reset, now) };
  }
  return null;
}

/** `Retry-After` as an instant (seconds or HTTP date). */
export function readRetryAfter(headers: Headers, now: Date = new Date()): Date | null {
  const value = headers.get('retry-after');
  if (!value) return null;
  const seconds = numberOrNull(value);
  if (seconds !== null) return new Date(now.getTime() + seconds * 1000);
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed);
}
