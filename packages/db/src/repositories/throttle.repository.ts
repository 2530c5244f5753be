import { and, eq, gt, sql } from 'drizzle-orm';
import type { ThrottleRepository } from '@socialseed/core/ports/publishing-repositories';
import type { Executor } from '../client';
import { circuitBreakers, rateLimitBuckets } from '../schema/index';

const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

/** Tokens now: what was left plus what refilled since, never above capacity. */
const refilled = (now: Date) =>
  sql`LEAST(${rateLimitBuckets.capacity}, ${rateLimitBuckets.tokens} + GREATEST(0, EXTRACT(EPOCH FROM (${at(now)} - ${rateLimitBuckets.updatedAt}))) * ${rateLimitBuckets.refillPerSecond})`;

export function createThrottleRepository(db: Executor): ThrottleRepository {
  return {
    async take(key, spec, now) {
      await db
        .insert(rateLimitBuckets)
        .values({ key, tokens: spec.capacity, capacity: spec.capacity, refillPerSecond: spec.refillPerSecond, updatedAt: now })
        .onConflictDoNothing();
      // One conditional UPDATE: concurrent workers can never spend the same token twice.
      const taken = await db
        .update(rateLimitBuckets)
        .set({ tokens: sql`${refilled(now)} - ${spec.cost}`, updatedAt: now })
        .where(and(eq(rateLimitBuckets.key, key), sql`(${rateLimitBuckets.blockedUntil} IS NULL OR ${rateLimitBuckets.blockedUntil} <= ${at(now)})`, sql`${refilled(now)} >= ${spec.cost}`))
        .returning({ key: rateLimitBuckets.key });
      if (taken.length === 1) return { granted: true, retryAt: null };
      const [row] = await db
        .select({ tokens: refilled(now).mapWith(Number), blockedUntil: rateLimitBuckets.blockedUntil, refill: rateLimitBuckets.refillPerSecond })
        .from(rateLimitBuckets)
        .where(eq(rateLimitBuckets.key, key));
      const refillWait = row && row.refill > 0 ? ((spec.cost - row.tokens) / row.refill) * 1000 : 60_000;
      const retryAt = new Date(Math.max(now.getTime() + Math.max(refillWait, 0), row?.blockedUntil?.getTime() ?? 0));
      return { granted: false, retryAt };
    },
    async takeMany(requests, now) {
      if (requests.length === 0) return new Set<string>();
      // Rows are locked in key order, so two workers taking for overlapping accounts cannot deadlock.
      const sorted = [...requests].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      // One statement for many buckets. A fresh bucket starts full minus the cost; an existing one
      // is charged only if its refilled tokens cover the whole cost and no block is in force. The
      // row lock of ON CONFLICT DO UPDATE re-checks the latest tokens, so concurrent workers never
      // spend the same token twice. EXCLUDED.capacity − EXCLUDED.tokens is the requested cost.
      const result = await db.execute<{ key: string }>(sql`
        INSERT INTO rate_limit_buckets AS b (key, tokens, capacity, refill_per_second, updated_at)
        SELECT r.key, r.capacity - r.cost, r.capacity, r.refill, ${at(now)}
        FROM unnest(
          ${sql.param(sorted.map((request) => request.key))}::text[],
          ${sql.param(sorted.map((request) => request.spec.capacity))}::float8[],
          ${sql.param(sorted.map((request) => request.spec.refillPerSecond))}::float8[],
          ${sql.param(sorted.map((request) => request.spec.cost))}::float8[]
        ) AS r(key, capacity, refill, cost)
        WHERE r.cost <= r.capacity
        ORDER BY r.key
        ON CONFLICT (key) DO UPDATE SET
          tokens = LEAST(b.capacity, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM (${at(now)} - b.updated_at))) * b.refill_per_second) - (EXCLUDED.capacity - EXCLUDED.tokens),
          updated_at = ${at(now)}
        WHERE (b.blocked_until IS NULL OR b.blocked_until <= ${at(now)})
          AND LEAST(b.capacity, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM (${at(now)} - b.updated_at))) * b.refill_per_second) >= EXCLUDED.capacity - EXCLUDED.tokens
        RETURNING b.key`);
      return new Set(result.rows.map((row) => row.key));
    },
    async observe(key, observation, now) {
      if (observation.remaining === null) return;
      await db
        .update(rateLimitBuckets)
        .set({
          // The lower count wins: the platform's `remaining` was computed before our requests
          // still in flight arrived, so raising our count to it would spend those twice.
          tokens: sql`LEAST(${refilled(now)}, ${observation.remaining})`,
          updatedAt: now,
          ...(observation.remaining <= 0 && observation.resetAt ? { blockedUntil: observation.resetAt } : {}),
        })
        .where(eq(rateLimitBuckets.key, key));
    },
    async block(key, until, now) {
      await db.update(rateLimitBuckets).set({ tokens: 0, blockedUntil: until, updatedAt: now }).where(eq(rateLimitBuckets.key, key));
    },
    async inspect(key, now) {
      const [row] = await db
        .select({ tokens: refilled(now).mapWith(Number), capacity: rateLimitBuckets.capacity, blockedUntil: rateLimitBuckets.blockedUntil })
        .from(rateLimitBuckets)
        .where(eq(rateLimitBuckets.key, key));
      if (!row) return null;
      // A block that has passed no longer holds anything back.
      return { tokens: row.tokens, capacity: row.capacity, blockedUntil: row.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null };
    },
    async circuitOpenUntil(platform, now) {
      const [row] = await db
        .select({ openUntil: circuitBreakers.openUntil })
        .from(circuitBreakers)
        .where(and(eq(circuitBreakers.platform, platform), gt(circuitBreakers.openUntil, now)));
      return row?.openUntil ?? null;
    },
    async recordPlatformSuccess(platform) {
      // Written only when something changes: a healthy platform costs no write per post.
      await db
        .update(circuitBreakers)
        .set({ consecutiveFailures: 0, openUntil: null, updatedAt: new Date() })
        .where(and(eq(circuitBreakers.platform, platform), gt(circuitBreakers.consecutiveFailures, 0)));
    },
    async recordPlatformFailure(platform, now, threshold, coolDownMs) {
      const openUntil = new Date(now.getTime() + coolDownMs);
      await db
        .insert(circuitBreakers)
        .values({ platform, consecutiveFailures: 1, updatedAt: now, openUntil: threshold <= 1 ? openUntil : null })
        .onConflictDoUpdate({
          target: circuitBreakers.platform,
          set: {
            consecutiveFailures: sql`${circuitBreakers.consecutiveFailures} + 1`,
            openUntil: sql`CASE WHEN ${circuitBreakers.consecutiveFailures} + 1 >= ${threshold} THEN ${at(openUntil)} ELSE ${circuitBreakers.openUntil} END`,
            updatedAt: now,
          },
        });
    },
  };
}
