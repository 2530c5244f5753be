import type { CoreDeps } from '../deps';
import { enforceRateLimits } from '../shared/rate-limit';

const HOUR = 3600;

/**
 * Keeps flows that send email on request (registration, password reset, resending verification)
 * from being used to flood someone's inbox or the outbox. Counted whether or not an account
 * exists, so the answer reveals nothing.
 */
export async function limitEmailRequests(deps: Pick<CoreDeps, 'uow' | 'clock' | 'settings'>, flow: string, email: string, ip: string | null): Promise<void> {
  await enforceRateLimits(
    deps.uow.rateLimits,
    deps.clock.now(),
    HOUR,
    [
      { key: `${flow}:ip:${ip ?? 'unknown'}`, limit: deps.settings.emailRequests.perIpPerHour, scope: 'ip' },
      { key: `${flow}:address:${email.toLowerCase()}`, limit: deps.settings.emailRequests.perAddressPerHour, scope: 'address' },
    ],
    'requests',
  );
}
