import type { TrendItem, TrendSourceId, TrendSourceRequest } from '../trends/trend-item';

/**
 * A public source of trending stories (packages/connectors/src/sources). It fails with a
 * ProviderError (ports/social-provider.ts): `rate_limited` with `retryAt` for a 429, `retry` for
 * 5xx/network/malformed answers, `rejected`/`reconnect` for bad keys. The pipeline isolates each
 * source, so one failing never stops the others.
 */
export interface TrendSource {
  readonly id: TrendSourceId;
  /** Documented request budget, shared by every worker through the throttle buckets. */
  readonly rateLimit: { capacity: number; refillPerSecond: number };
  /** Requests one fetch will make for this request (the throttle takes them up front). */
  requestCost(request: TrendSourceRequest): number;
  fetch(request: TrendSourceRequest): Promise<TrendItem[]>;
}
