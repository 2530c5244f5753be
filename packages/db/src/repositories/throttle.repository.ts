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
    async observe(key, observation, now) {
      if (observation.remaining === null) return;
      await db
        .update(rateLimitBuckets)
        .set({
          tokens: sql`LEAST(${rateLimitBuckets.capacity}, ${observation.remaining})`,
          updatedAt: now,
          ...(observation.remaining <= 0 && observation.resetAt ? { blockedUntil: observation.resetAt } : {}),
        })
        .where(eq(rateLimitBuckets.key, key));
    },
    async block(key, until, now) {
      await db.update(rateLimitBuckets).set({ tokens: 0, blockedUntil: until, updatedAt: now }).where(eq(rateLimitBuckets.key, key));
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
