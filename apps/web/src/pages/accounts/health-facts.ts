import type { AccountHealth } from '../../api/schemas/account-health.ts';
import { relativeTime, relativeTimeOf } from '../../components/relative-time.ts';

const clockFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** One fact of the health line; `problem` facts are shown in red. */
export interface HealthFact {
  label: string;
  value: string;
  problem: boolean;
}

function isFuture(iso: string | null | undefined): iso is string {
  return Boolean(iso && Date.parse(iso) > Date.now());
}

function tokenFact(health: AccountHealth): HealthFact {
  if (health.tokenExpired) return { label: 'Token', value: 'expired', problem: true };
  if (health.tokenExpiresInSeconds === null) return { label: 'Token', value: 'does not expire', problem: false };
  return { label: 'Token', value: `expires ${relativeTime(health.tokenExpiresInSeconds)}`, problem: false };
}

function rateLimitFact(rateLimit: NonNullable<AccountHealth['rateLimit']>): HealthFact {
  const left = `${rateLimit.remaining}/${rateLimit.capacity} left`;
  if (isFuture(rateLimit.blockedUntil)) return { label: 'Rate limit', value: `${left}, paused until ${clockFormat.format(new Date(rateLimit.blockedUntil))}`, problem: true };
  return { label: 'Rate limit', value: left, problem: false };
}

/**
 * The account's health in short facts, in the order people look for them: can it post (status,
 * token), is it slowed down (rate limit, circuit), what is waiting on it, and what went wrong last.
 */
export function healthFacts(health: AccountHealth): HealthFact[] {
  const facts: HealthFact[] = [
    { label: 'Status', value: health.status === 'active' ? 'active' : 'needs reconnecting', problem: health.status !== 'active' },
    tokenFact(health),
  ];
  if (health.rateLimit) facts.push(rateLimitFact(health.rateLimit));
  if (health.circuit?.state === 'open') {
    const until = isFuture(health.circuit.openUntil) ? ` until ${clockFormat.format(new Date(health.circuit.openUntil))}` : '';
    facts.push({ label: 'Network', value: `failing repeatedly: deliveries paused${until}`, problem: true });
  }
  facts.push({
    label: 'Posts',
    value: `${health.scheduledTargets} scheduled, ${health.heldTargets} held, ${health.failedTargets} failed`,
    problem: health.heldTargets > 0 || health.failedTargets > 0,
  });
  facts.push({ label: 'Last synced', value: health.lastSyncedAt ? relativeTimeOf(health.lastSyncedAt) : 'never', problem: false });
  if (health.lastError) {
    const when = health.lastErrorAt ? ` (${relativeTimeOf(health.lastErrorAt)})` : '';
    facts.push({ label: 'Last error', value: `${health.lastError}${when}`, problem: true });
  }
  return facts;
}
