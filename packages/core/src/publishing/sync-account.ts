import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../organizations/permissions';
import type { AccountDescription } from '../ports/social-connector';
import { isProviderError, ProviderError, type AccountContext, type SocialProvider } from '../ports/social-provider';
import type { Actor } from '../shared/actor';
import { accountContextOf } from './account-context';
import { dispatchQueuedEmails, holdAccountForReconnect, type ReconnectNoticeDeps } from './account-needs-reconnect';
import { platformLabels } from './platforms';
import { refreshAccountCredentials, tokenNeedsRefresh } from './refresh-account-credentials';
import { toSocialAccountView, type SocialAccountRecord, type SocialAccountView } from './social-account';
import type { AccountsDeps } from './social-accounts';
import { resumeHeldTargets } from './store-connected-account';

export type SyncAccountDeps = AccountsDeps & ReconnectNoticeDeps;

type Describe = (account: AccountContext) => Promise<AccountDescription>;

/** A `refresh` failure that refreshing cannot cure: the grant itself is gone. */
const grantGone = (error: ProviderError) => new ProviderError('reconnect', error.message, { status: error.status, cause: error });

/**
 * Asks the platform who the account is, renewing an expired or expiring token first, and once
 * more if the platform still calls it expired — as delivery does before publishing.
 */
async function describeWithFreshToken(deps: SyncAccountDeps, describe: Describe, provider: SocialProvider | null, context: AccountContext): Promise<AccountDescription> {
  let current = context;
  let refreshed = false;
  if (provider && tokenNeedsRefresh(current, deps.clock.now())) {
    current = await refreshAccountCredentials(deps, provider, current);
    refreshed = true;
  }
  try {
    return await describe(current);
  } catch (error) {
    if (!isProviderError(error) || error.kind !== 'refresh') throw error;
    if (refreshed || !provider || current.credentials.refreshToken === null) throw grantGone(error);
    current = await refreshAccountCredentials(deps, provider, current);
    try {
      return await describe(current);
    } catch (retryError) {
      throw isProviderError(retryError) && retryError.kind === 'refresh' ? grantGone(retryError) : retryError;
    }
  }
}

/** The account's credentials no longer work: flag it and hold its posts, as delivery would. */
async function flagNeedsReconnect(deps: SyncAccountDeps, actor: Actor, account: SocialAccountRecord, reason: string): Promise<SocialAccountView> {
  const emailIds = await deps.uow.transaction(async (repos) => {
    const queued = await holdAccountForReconnect(repos, { account, reason, now: deps.clock.now(), publicUrl: deps.settings.publicUrl });
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'social_account.synced',
      entityType: 'social_account',
      entityId: account.id,
      before: { status: account.status },
      after: { status: 'needs_reconnect', error: reason.slice(0, 300) },
    });
    return queued;
  });
  if (emailIds) await dispatchQueuedEmails(deps, emailIds);
  const current = await deps.uow.socialAccounts.findById(actor.organizationId, account.id);
  if (!current) throw AppError.notFound('Social account');
  return toSocialAccountView(current);
}

/**
 * Checks a connected account against its platform now and refreshes what we know of it: handle,
 * display name, the server's announced limits (Mastodon). Working credentials bring an account
 * that needed reconnecting back to active and release its held posts; credentials the platform
 * refuses flag it `needs_reconnect` — either way the answer is the account, whose state says
 * what happened. Only a platform that did not answer is an error (503), since nothing was learned.
 */
export async function syncSocialAccount(deps: SyncAccountDeps, actor: Actor, accountId: string): Promise<SocialAccountView> {
  assertCan(actor.role, 'social_accounts.manage');
  const account = await deps.uow.socialAccounts.findById(actor.organizationId, accountId);
  if (!account) throw AppError.notFound('Social account');
  const label = platformLabels[account.platform];
  const connector = deps.providers.connector(account.platform);
  const describeAccount = connector?.describeAccount?.bind(connector);
  if (!describeAccount) {
    throw new AppError('UNAVAILABLE', {
      message: `${account.platform} is not set up on this installation`,
      userMessage: `${label} is not set up on this installation, so this account cannot be checked.`,
    });
  }
  let description: AccountDescription;
  try {
    description = await describeWithFreshToken(deps, describeAccount, deps.providers.provider(account.platform), accountContextOf(account, deps.vault));
  } catch (error) {
    if (!isProviderError(error)) throw error;
    if (error.kind === 'retry' || error.kind === 'rate_limited') {
      throw new AppError('UNAVAILABLE', {
        message: `Could not sync: ${error.message}`,
        userMessage: `${label} did not answer; try again shortly.`,
        details: error.retryAt ? { retryAt: error.retryAt.toISOString() } : {},
      });
    }
    // reconnect and refresh (after refreshing failed), and `rejected`: the platform will not tell
    // us who this account is with these credentials, so only its owner can put it right.
    return flagNeedsReconnect(deps, actor, account, error.message);
  }
  const now = deps.clock.now();
  return deps.uow.transaction(async (repos) => {
    const synced = await repos.socialAccounts.recordSync(actor.organizationId, account.id, {
      handle: description.handle,
      displayName: description.displayName,
      // A server that did not announce its limits this time keeps the ones it announced before.
      instanceLimits: description.instanceLimits ?? account.instanceLimits,
      syncedAt: now,
    });
    if (!synced) throw AppError.notFound('Social account');
    if (synced.reactivated) await resumeHeldTargets(repos, account.id, now);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'social_account.synced',
      entityType: 'social_account',
      entityId: account.id,
      before: { status: account.status, handle: account.handle, displayName: account.displayName },
      after: { status: synced.account.status, handle: synced.account.handle, displayName: synced.account.displayName },
    });
    return toSocialAccountView(synced.account);
  });
}
