import { doublePrecision, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns';

/**
 * Token buckets shared by every worker process: one per account (and per platform) and action,
 * refilled continuously, emptied by what platforms report in their rate-limit headers.
 */
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  key: text('key').primaryKey(),
  tokens: doublePrecision('tokens').notNull(),
  capacity: doublePrecision('capacity').notNull(),
  refillPerSecond: doublePrecision('refill_per_second').notNull(),
  updatedAt: instant('updated_at').notNull(),
  /** The platform said "no more until then" (remaining 0, or a 429). */
  blockedUntil: instant('blocked_until'),
});

/** Per-platform circuit breakers: repeated 5xx open them; after a cool-down one call may try. */
export const circuitBreakers = pgTable('circuit_breakers', {
  platform: text('platform').primaryKey(),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  openUntil: instant('open_until'),
  updatedAt: instant('updated_at').notNull(),
});
