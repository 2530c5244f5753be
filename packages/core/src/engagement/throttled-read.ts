import type { CoreDeps } from '../deps';
import { isProviderError, type AccountContext, type SocialProvider } from '../ports/social-provider';
import { accountContextOf } from '../publishing/account-context';
import { flagAccountNeedsReconnect } from '../publishing/account-needs-reconnect';
import { accountBucketKey, CIRCUIT_COOL_DOWN_MS, CIRCUIT_FAILURE_THRESHOLD, type BucketSpec } from '../publishing/publish-limits';
import type { SocialAccountRecord } from '../publishing/social-account';
import { callWithFreshToken } from './call-with-fresh-token';

/** A 429 without a reset: wait a minute before asking that bucket again. */
const RATE_LIMIT_FALLBACK_MS = 60_000;
/** A transient failure (5xx, network): try the rows again after this. */
export const RETRY_AFTER_FAILURE_MS = 15 * 60_000;
/** The account needs its owner, or the platform refuses the request: ask again only after this. */
export const RETRY_AFTER_REFUSAL_MS = 6 * 3_600_000;

export type ReadOutcome<T> =
  | { status: 'ok'; value: T }
  /** Nothing was sent (spent budget, open circuit) or the platform said 429: ask again at `until`. */
  | { status: 'wait'; until: Date; reason: string }
  /** The platform failed or refused; `until` is when to try again. */
  | { status: 'failed'; until: Date; reason: string; kind: string };

export type ReadDeps = Pick<CoreDeps, 'uow' | 'vault' | 'clock' | 'emails' | 'settings'>;

/**
 * One account as a pass reads it. `context` holds the credentials in use and is replaced when a
 * read refreshes them, so later reads of the pass use the new token (the old refresh token is spent).
 */
export interface AccountReader {
  account: SocialAccountRecord;
  provider: SocialProvider;
  context: AccountContext;
}

export function accountReader(deps: ReadDeps, account: SocialAccountRecord, provider: SocialProvider): AccountReader {
  return { account, provider, context: accountContextOf(account, deps.vault) };
}

/**
 * One platform read as one account, behind the same PostgreSQL-backed token buckets and circuit
 * breakers as publishing: the platform's circuit is checked and `cost` tokens are taken from the
 * account's bucket before anything is sent, so every worker shares one budget. A 429 blocks the
 * bucket until the platform's reset; a 5xx counts towards opening the circuit. Only bugs and
 * database errors are thrown.
 */
export async function throttledRead<T>(
  deps: ReadDeps,
  reader: AccountReader,
  request: {
    limit: BucketSpec;
    cost: number;
    now: Date;
    /**
     * The read is of the account's own data (its posts, its profile). Only then does a
     * `reconnect` failure mean our access is gone; reading someone else (a competitor) can fail
     * that way because of their account (Bluesky's AccountTakedown, a 403 on X) while ours is fine.
     */
    ownData: boolean;
  },
  read: (context: AccountContext) => Promise<T>,
): Promise<ReadOutcome<T>> {
  const { account, provider } = reader;
  const { limit, now } = request;
  const openUntil = await deps.uow.throttle.circuitOpenUntil(account.platform, now);
  if (openUntil) return { status: 'wait', until: openUntil, reason: `${account.platform} is failing repeatedly; waiting for it to recover` };
  const key = accountBucketKey(account.id, limit.bucket);
  const taken = await deps.uow.throttle.take(key, { capacity: limit.capacity, refillPerSecond: limit.refillPerSecond, cost: Math.min(request.cost, limit.capacity) }, now);
  if (!taken.granted) return { status: 'wait', until: taken.retryAt ?? new Date(now.getTime() + RATE_LIMIT_FALLBACK_MS), reason: `waiting for ${account.platform}'s read limit` };
  try {
    const { value, context } = await callWithFreshToken(deps, provider, reader.context, read);
    reader.context = context;
    await deps.uow.throttle.recordPlatformSuccess(account.platform);
    return { status: 'ok', value };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    const at = deps.clock.now();
    if (error.kind === 'rate_limited') {
      const until = error.retryAt && error.retryAt > at ? error.retryAt : new Date(at.getTime() + RATE_LIMIT_FALLBACK_MS);
      await deps.uow.throttle.block(key, until, at);
      return { status: 'wait', until, reason: error.message };
    }
    if (error.kind === 'retry') {
      if ((error.status ?? 0) >= 500) await deps.uow.throttle.recordPlatformFailure(account.platform, at, CIRCUIT_FAILURE_THRESHOLD, CIRCUIT_COOL_DOWN_MS);
      return { status: 'failed', until: new Date(at.getTime() + RETRY_AFTER_FAILURE_MS), reason: error.message, kind: error.kind };
    }
    // The credentials no longer work: say so now, not when the next scheduled post fails.
    if (error.kind === 'reconnect' && request.ownData) await flagAccountNeedsReconnect(deps, account, error.message);
    return { status: 'failed', until: new Date(at.getTime() + RETRY_AFTER_REFUSAL_MS), reason: error.message, kind: error.kind };
  }
}
