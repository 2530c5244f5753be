import type { Platform } from './platforms';

export interface BucketSpec {
  /** The provider's bucket name for creating posts, so header observations land in the same bucket. */
  bucket: string;
  capacity: number;
  refillPerSecond: number;
}

/**
 * Documented publishing limits per account (../shared/PLATFORMS.md), the seed of each account's
 * token bucket; response headers correct them as they arrive.
 * - X: POST /2/tweets 200 per 15 minutes per user.
 * - Bluesky: 5,000 write points per hour per DID, a create costs 3 → ~1,666 per hour.
 * - Mastodon: 300 requests per 5 minutes per account (media uploads count too).
 * - Sandbox: our own generous limit, so the machinery runs offline as well.
 */
export const publishLimits: Record<Platform, BucketSpec> = {
  x: { bucket: 'x:tweets:create', capacity: 200, refillPerSecond: 200 / 900 },
  bluesky: { bucket: 'bluesky:repo-write', capacity: 1666, refillPerSecond: 1666 / 3600 },
  mastodon: { bucket: 'mastodon:default', capacity: 300, refillPerSecond: 300 / 300 },
  sandbox: { bucket: 'sandbox:publish', capacity: 1000, refillPerSecond: 100 },
};

/** Repeated server errors from one platform before its circuit opens, and how long it stays open. */
export const CIRCUIT_FAILURE_THRESHOLD = 5;
export const CIRCUIT_COOL_DOWN_MS = 30_000;

/** Bucket keys are per account: limits on every platform here are per user. */
export const accountBucketKey = (accountId: string, bucket: string) => `${accountId}:${bucket}`;

/** Requests one publish costs: Mastodon counts media uploads against the same limit. */
export function publishCost(platform: Platform, mediaCount: number): number {
  return platform === 'mastodon' ? 1 + mediaCount : 1;
}
