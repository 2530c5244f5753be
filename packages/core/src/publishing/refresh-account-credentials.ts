import type { CredentialVault } from '../ports/credential-vault';
import type { UnitOfWork } from '../ports/repositories';
import { isProviderError, ProviderError, type AccountContext, type SocialProvider } from '../ports/social-provider';

/** How close to its expiry a token is renewed before a call instead of after the platform's 401. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

/** A token that has expired, or will within the margin, and that the platform lets us renew. */
export function tokenNeedsRefresh(context: AccountContext, now: Date): boolean {
  const { expiresAt, refreshToken } = context.credentials;
  return refreshToken !== null && expiresAt !== null && expiresAt.getTime() - now.getTime() <= TOKEN_REFRESH_MARGIN_MS;
}

/**
 * Renews the account's tokens through its provider (token refresh lives in the provider, never in
 * the caller) and reseals them at once, since a refresh usually spends the old refresh token. A
 * refused refresh means the grant is gone (`reconnect`); a transient failure keeps its kind.
 */
export async function refreshAccountCredentials(deps: { uow: UnitOfWork; vault: CredentialVault }, provider: SocialProvider, context: AccountContext): Promise<AccountContext> {
  const credentials = await provider.refreshCredentials(context).catch((error: unknown) => {
    const transient = isProviderError(error) && (error.kind === 'retry' || error.kind === 'rate_limited');
    if (!isProviderError(error) || transient) throw error;
    throw new ProviderError('reconnect', `token refresh failed: ${error.message}`, { status: error.status, cause: error });
  });
  await deps.uow.socialAccounts.saveCredentials(context.accountId, deps.vault.seal(credentials), credentials.expiresAt);
  return { ...context, credentials };
}
