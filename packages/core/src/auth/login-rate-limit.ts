import type { CoreDeps } from '../deps';
import { enforceRateLimits } from '../shared/rate-limit';

export const accountKey = (email: string) => `login:account:${email.toLowerCase()}`;

/**
 * Counts this login attempt against its IP and its account and refuses once either is over its
 * limit — before the password is checked, so a flood costs no hashing.
 */
export async function countLoginAttempt(deps: Pick<CoreDeps, 'uow' | 'clock' | 'settings'>, email: string, ip: string | null): Promise<void> {
  const { maxAttemptsPerIp, maxAttemptsPerAccount, windowSeconds } = deps.settings.login;
  await enforceRateLimits(
    deps.uow.rateLimits,
    deps.clock.now(),
    windowSeconds,
    [
      { key: `login:ip:${ip ?? 'unknown'}`, limit: maxAttemptsPerIp, scope: 'ip' },
      { key: accountKey(email), limit: maxAttemptsPerAccount, scope: 'account' },
    ],
    'login attempts',
  );
}
