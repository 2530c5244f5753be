import { AppError } from '../errors';
import type { CoreDeps } from '../deps';

function windowStart(now: Date, windowSeconds: number): Date {
  const size = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

export const accountKey = (email: string) => `login:account:${email.toLowerCase()}`;

/**
 * Counts this login attempt against its IP and its account (counters live in PostgreSQL, so the
 * limit holds across every api process) and refuses once either is over its limit — before the
 * password is checked, so a flood costs no hashing.
 */
export async function countLoginAttempt(deps: Pick<CoreDeps, 'uow' | 'clock' | 'settings'>, email: string, ip: string | null): Promise<void> {
  const { maxAttemptsPerIp, maxAttemptsPerAccount, windowSeconds } = deps.settings.login;
  const now = deps.clock.now();
  const start = windowStart(now, windowSeconds);
  const [ipHits, accountHits] = await Promise.all([
    deps.uow.rateLimits.hit(`login:ip:${ip ?? 'unknown'}`, start),
    deps.uow.rateLimits.hit(accountKey(email), start),
  ]);
  if (ipHits > maxAttemptsPerIp || accountHits > maxAttemptsPerAccount) {
    const retryAfterSeconds = Math.max(1, Math.ceil((start.getTime() + windowSeconds * 1000 - now.getTime()) / 1000));
    throw new AppError('RATE_LIMITED', {
      message: 'Too many login attempts',
      userMessage: `Too many login attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      details: { retryAfterSeconds, scope: ipHits > maxAttemptsPerIp ? 'ip' : 'account' },
    });
  }
}
