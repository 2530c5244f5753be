import type { CredentialVault } from '../ports/credential-vault';
import type { UnitOfWork } from '../ports/repositories';
import { ConcurrencyGate } from '../shared/concurrency-gate';
import { isProviderError, ProviderError, type AccountContext, type AccountCredentials, type SocialProvider } from '../ports/social-provider';

/** How close to its expiry a token is renewed before a call instead of after the platform's 401. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

/** A token that has expired, or will within the margin, and that the platform lets us renew. */
export function tokenNeedsRefresh(context: AccountContext, now: Date): boolean {
  const { expiresAt, refreshToken } = context.credentials;
  return refreshToken !== null && expiresAt !== null && expiresAt.getTime() - now.getTime() <= TOKEN_REFRESH_MARGIN_MS;
}

type RefreshDeps = { uow: UnitOfWork; vault: CredentialVault };

/**
 * Refreshes in flight in this process, per unit of work, account and refresh token. Callers that find their
 * account's token expired at the same moment (a batch of its posts all answered 401) share one
 * refresh instead of queueing on the database lock one by one.
 */
const inFlight = new WeakMap<UnitOfWork, Map<string, Promise<AccountCredentials>>>();

/**
 * A renewal holds a pooled connection (its lock's transaction) while the platform answers, which
 * may take up to a request timeout; at most this many run at once per process, so a burst of
 * expired tokens across many accounts cannot take the whole pool from the API and delivery.
 */
const MAX_CONCURRENT_RENEWALS = 2;
const gates = new WeakMap<UnitOfWork, ConcurrencyGate>();

function gateOf(uow: UnitOfWork): ConcurrencyGate {
  let gate = gates.get(uow);
  if (!gate) gates.set(uow, (gate = new ConcurrencyGate(MAX_CONCURRENT_RENEWALS)));
  return gate;
}

/**
 * Renews the account's tokens through its provider (token refresh lives in the provider, never in
 * the caller) and reseals them at once. Platforms rotate refresh tokens — the old one stops
 * working once used — so two processes renewing one account side by side would leave the loser
 * with a refused refresh and the account wrongly flagged for reconnecting. Renewals therefore run
 * one at a time per account across every process (a PostgreSQL lock), and a caller that finds the
 * stored credentials already renewed by someone else takes those instead of spending anything.
 * A refused refresh means the grant is gone (`reconnect`); a transient failure keeps its kind.
 */
export async function refreshAccountCredentials(deps: RefreshDeps, provider: SocialProvider, context: AccountContext): Promise<AccountContext> {
  let running = inFlight.get(deps.uow);
  if (!running) inFlight.set(deps.uow, (running = new Map()));
  // Keyed by the refresh token too: a caller already holding newer credentials must not be
  // handed the result of a renewal that started from older ones.
  const key = `${context.accountId}:${context.credentials.refreshToken ?? ''}`;
  let refresh = running.get(key);
  if (!refresh) {
    const accounts = running;
    refresh = gateOf(deps.uow)
      .run(() => renewUnderLock(deps, provider, context))
      .finally(() => accounts.delete(key));
    running.set(key, refresh);
  }
  return { ...context, credentials: await refresh };
}

async function renewUnderLock(deps: RefreshDeps, provider: SocialProvider, context: AccountContext): Promise<AccountCredentials> {
  return deps.uow.transaction(async (repos) => {
    const sealed = await repos.socialAccounts.lockCredentials(context.accountId);
    if (sealed === null) throw new ProviderError('reconnect', 'the account was removed while its token was being renewed');
    const stored = deps.vault.open(sealed);
    // Renewed (or reconnected) by someone else since this caller read the account: use that.
    if (stored.refreshToken !== context.credentials.refreshToken || stored.accessToken !== context.credentials.accessToken) return stored;
    // Reconnecting does not take the lock; what it stored since `sealed` wins over this renewal.
    const reconnectedMeanwhile = async () => {
      const now = await repos.socialAccounts.lockCredentials(context.accountId);
      return now !== null && now !== sealed ? deps.vault.open(now) : null;
    };
    let credentials: AccountCredentials;
    try {
      credentials = await provider.refreshCredentials(context);
    } catch (error) {
      const transient = isProviderError(error) && (error.kind === 'retry' || error.kind === 'rate_limited');
      if (!isProviderError(error) || transient) throw error;
      const fresh = await reconnectedMeanwhile();
      if (fresh) return fresh;
      throw new ProviderError('reconnect', `token refresh failed: ${error.message}`, { status: error.status, cause: error });
    }
    if (await repos.socialAccounts.saveCredentials(context.accountId, deps.vault.seal(credentials), credentials.expiresAt, sealed)) return credentials;
    return (await reconnectedMeanwhile()) ?? credentials;
  });
}
