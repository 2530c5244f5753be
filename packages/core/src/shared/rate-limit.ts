import { AppError } from '../errors';
import type { RateLimitRepository } from '../ports/repositories';

export interface RateLimitRule {
  /** Counter key, e.g. `login:ip:203.0.113.7`. */
  key: string;
  limit: number;
  /** Reported in the error so clients can say which limit was hit. */
  scope: string;
}

/**
 * Counts one hit against every rule's fixed window (counters live in PostgreSQL, so limits hold
 * across all api processes) and refuses with 429 once any rule is over its limit.
 */
export async function enforceRateLimits(
  rateLimits: RateLimitRepository,
  now: Date,
  windowSeconds: number,
  rules: RateLimitRule[],
  what: string,
): Promise<void> {
  const size = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / size) * size);
  const hits = await Promise.all(rules.map((rule) => rateLimits.hit(rule.key, windowStart)));
  const broken = rules.find((rule, index) => (hits[index] ?? 0) > rule.limit);
  if (!broken) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + size - now.getTime()) / 1000));
  throw new AppError('RATE_LIMITED', {
    message: `Too many ${what}`,
    userMessage: `Too many ${what}. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
    details: { retryAfterSeconds, scope: broken.scope },
  });
}
