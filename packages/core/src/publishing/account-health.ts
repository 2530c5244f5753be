import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import { accountBucketKey, publishLimits } from './publish-limits';
import type { SocialAccountRecord } from './social-account';

/** Whether posts to an account can go out now, and if not, what holds them. */
export interface AccountHealth {
  accountId: string;
  status: SocialAccountRecord['status'];
  tokenExpiresAt: Date | null;
  /** Seconds until the access token expires: 0 once it has, null when it does not expire. */
  tokenExpiresInSeconds: number | null;
  tokenExpired: boolean;
  lastError: string | null;
  lastErrorAt: Date | null;
  lastSyncedAt: Date | null;
  /** The account's publish bucket (shared by every worker): whole posts it allows right now. */
  rateLimit: { bucket: string; capacity: number; remaining: number; blockedUntil: Date | null };
  /** The platform's circuit breaker (per platform, not per account). */
  circuit: { state: 'closed' | 'open'; openUntil: Date | null };
  heldTargets: number;
  failedTargets: number;
  scheduledTargets: number;
}

/**
 * One account's health from what the engine itself knows — stored state, the shared token
 * bucket and circuit breaker, and its targets — without calling the platform (sync does that).
 */
export async function getAccountHealth(deps: { uow: UnitOfWork; clock: Clock }, actor: Actor, accountId: string): Promise<AccountHealth> {
  assertCan(actor.role, 'social_accounts.read');
  const account = await deps.uow.socialAccounts.findById(actor.organizationId, accountId);
  if (!account) throw AppError.notFound('Social account');
  const now = deps.clock.now();
  const limits = publishLimits[account.platform];
  const [bucket, openUntil, counts] = await Promise.all([
    deps.uow.throttle.inspect(accountBucketKey(account.id, limits.bucket), now),
    deps.uow.throttle.circuitOpenUntil(account.platform, now),
    deps.uow.socialAccounts.countTargetsByStatus(actor.organizationId, account.id),
  ]);
  const blockedUntil = bucket?.blockedUntil ?? null;
  const expiresInMs = account.tokenExpiresAt ? account.tokenExpiresAt.getTime() - now.getTime() : null;
  return {
    accountId: account.id,
    status: account.status,
    tokenExpiresAt: account.tokenExpiresAt,
    tokenExpiresInSeconds: expiresInMs === null ? null : Math.max(0, Math.floor(expiresInMs / 1000)),
    tokenExpired: expiresInMs !== null && expiresInMs <= 0,
    lastError: account.lastError,
    lastErrorAt: account.lastErrorAt,
    lastSyncedAt: account.lastSyncedAt,
    rateLimit: {
      bucket: limits.bucket,
      capacity: bucket?.capacity ?? limits.capacity,
      // A bucket no delivery has touched yet is full; a blocked one lets nothing through, whatever
      // it has refilled; a post takes whole tokens.
      remaining: bucket === null ? limits.capacity : blockedUntil ? 0 : Math.max(0, Math.floor(bucket.tokens)),
      blockedUntil,
    },
    circuit: { state: openUntil ? 'open' : 'closed', openUntil },
    heldTargets: counts.held ?? 0,
    failedTargets: counts.failed ?? 0,
    scheduledTargets: counts.scheduled ?? 0,
  };
}
