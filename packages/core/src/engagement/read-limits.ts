import type { Platform } from '../publishing/platforms';
import { publishLimits, type BucketSpec } from '../publishing/publish-limits';

export interface MetricReadLimit extends BucketSpec {
  /** Post ids one sync batch holds: the platform's own lookup limit, so a batch is one request where it can be. */
  batchSize: number;
  /** Requests a batch of `ids` ids costs, i.e. the tokens taken before it is sent. */
  requests(ids: number): number;
}

/**
 * Documented read limits per account (../shared/PLATFORMS.md), the seed of each account's read
 * bucket; the providers' rate-limit headers land in the same buckets (same names) and correct them.
 * - X: GET /2/tweets, 100 ids per request, 900 requests per 15 minutes per user.
 * - Bluesky: app.bsky.feed.getPosts, 25 URIs per request, within the PDS's 3,000 requests per 5 minutes.
 * - Mastodon: GET /api/v1/statuses?id[]=…, 20 ids per request (4.3+; older servers one
 *   GET /api/v1/statuses/:id per post, which the provider falls back to), in the account's one
 *   300-per-5-minutes budget — the same bucket publishing draws from, because Mastodon counts
 *   them together. A batch is charged one request; the fallback's extra calls are corrected by
 *   the rate-limit headers they bring back.
 * - Sandbox: our own generous limit.
 */
export const metricReadLimits: Record<Platform, MetricReadLimit> = {
  x: { bucket: 'x:tweets:lookup', capacity: 900, refillPerSecond: 900 / 900, batchSize: 100, requests: () => 1 },
  bluesky: { bucket: 'bluesky:pds', capacity: 3000, refillPerSecond: 3000 / 300, batchSize: 25, requests: () => 1 },
  mastodon: { ...publishLimits.mastodon, batchSize: 20, requests: () => 1 },
  sandbox: { bucket: 'sandbox:read', capacity: 1000, refillPerSecond: 100, batchSize: 100, requests: () => 1 },
};

/**
 * Profile reads, one request each: the account's own (X GET /2/users/me, 75 per 15 minutes) and a
 * competitor's (X GET /2/users/by/username, 900 per 15 minutes); the other platforms read profiles
 * from the same budget as posts.
 */
export function profileReadLimit(platform: Platform, competitor: boolean): BucketSpec {
  if (platform === 'x') return competitor ? { bucket: 'x:users:lookup', capacity: 900, refillPerSecond: 1 } : { bucket: 'x:users:me', capacity: 75, refillPerSecond: 75 / 900 };
  const { bucket, capacity, refillPerSecond } = metricReadLimits[platform];
  return { bucket, capacity, refillPerSecond };
}
