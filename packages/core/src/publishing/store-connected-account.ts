import type { CredentialVault } from '../ports/credential-vault';
import type { Repositories } from '../ports/repositories';
import type { ConnectedIdentity } from '../ports/social-connector';
import { PUBLISH_JOB, queuePriority } from './delivery-policy';
import type { Platform } from './platforms';
import type { SocialAccountRecord } from './social-account';

/** Posts held while the account was broken go out now that it works again (connect and sync). */
export async function resumeHeldTargets(repos: Repositories, accountId: string, now: Date): Promise<void> {
  const resumed = await repos.targets.resumeHeld(accountId, now);
  await repos.jobs.enqueue(
    resumed.map((target) => ({ name: PUBLISH_JOB, data: { targetId: target.id }, priority: queuePriority.urgent, ...(target.nextAttemptAt ? { startAfter: target.nextAttemptAt } : {}) })),
  );
}

/**
 * Stores an account just connected (app password, token or OAuth): credentials sealed, the
 * profile and the server's limits as read while connecting. Connecting an account again is how
 * its owner repairs it, so the posts it held are released, whichever way it was connected.
 */
export async function storeConnectedAccount(
  repos: Repositories,
  deps: { vault: CredentialVault; now: Date },
  owner: { organizationId: string; brandId: string; platform: Platform },
  identity: ConnectedIdentity,
): Promise<SocialAccountRecord> {
  const account = await repos.socialAccounts.upsert({
    ...owner,
    platformAccountId: identity.platformAccountId,
    handle: identity.handle,
    displayName: identity.displayName,
    baseUrl: identity.baseUrl,
    encryptedCredentials: deps.vault.seal(identity.credentials),
    tokenExpiresAt: identity.credentials.expiresAt,
    instanceLimits: identity.instanceLimits,
    lastSyncedAt: deps.now,
  });
  await resumeHeldTargets(repos, account.id, deps.now);
  return account;
}
