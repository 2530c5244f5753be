import type { Priority } from './post';

/** Attempts of one target before it is dead-lettered as failed. */
export const MAX_DELIVERY_ATTEMPTS = 8;
/**
 * Default of how long a claim may run before the worker is presumed dead (settings
 * `delivery.claimLeaseMs`). Every platform call has a timeout well inside this, so a live worker
 * never loses its claim; a dead one's target moves to `verifying`, where the platform is checked
 * before anything is sent again.
 */
export const CLAIM_LEASE_MS = 5 * 60_000;
/** How soon an unknown outcome is checked on the platform. */
export const VERIFY_DELAY_MS = 5_000;

export const PUBLISH_JOB = 'publish.target';

export const queuePriority: Record<Priority, number> = { urgent: 10, normal: 5, low: 1 };

/**
 * Exponential backoff with full jitter (AWS architecture blog): spreads retries of many targets
 * that failed together, so a recovering platform is not hit by a synchronised wave.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(15 * 60_000, 5_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(1_000 + random() * ceiling);
}
