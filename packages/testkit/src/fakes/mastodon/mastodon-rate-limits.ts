/**
 * Mastodon's rack-attack throttles (https://docs.joinmastodon.org/api/rate-limits/): 300 calls
 * per 5 minutes per account, media uploads 30 per 30 minutes, status deletion 30 per 30 minutes.
 * Windows are aligned to the period, and X-RateLimit-Reset is an ISO 8601 timestamp.
 */
const throttles: Record<string, { limit: number; periodSeconds: number }> = {
  'POST /api/v2/media': { limit: 30, periodSeconds: 1800 },
  'DELETE /api/v1/statuses/{id}': { limit: 30, periodSeconds: 1800 },
};
const defaultThrottle = { limit: 300, periodSeconds: 300 };

export class MastodonRateLimiter {
  private readonly used = new Map<string, number>();

  constructor(private readonly now: () => Date) {}

  /** Counts one call (unless `peek`) and returns the headers; `exceeded` when over the limit. */
  take(endpoint: string, who: string, peek = false): { headers: Record<string, string>; exceeded: boolean } {
    const { limit, periodSeconds } = throttles[endpoint] ?? defaultThrottle;
    const bucket = throttles[endpoint] ? endpoint : 'default';
    const periodMs = periodSeconds * 1000;
    const now = this.now().getTime();
    const windowStart = Math.floor(now / periodMs) * periodMs;
    const key = `${who} ${bucket} ${windowStart}`;
    const count = this.used.get(key) ?? 0;
    const exceeded = count >= limit;
    if (!exceeded && !peek) this.used.set(key, count + 1);
    const remaining = peek ? 0 : Math.max(0, limit - (this.used.get(key) ?? 0));
    return {
      headers: {
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': String(remaining),
        'X-RateLimit-Reset': new Date(windowStart + periodMs).toISOString(),
      },
      exceeded,
    };
  }
}
