import type { CoreDeps } from '../deps';
import { isProviderError, ProviderError, type AccountContext, type SocialProvider } from '../ports/social-provider';
import { refreshAccountCredentials, tokenNeedsRefresh } from '../publishing/refresh-account-credentials';

/**
 * Runs one read as the account, renewing its token first when it expires within the margin, and
 * once more if the platform still calls it expired — as delivery and account sync do. A token
 * that refreshing cannot cure means the grant is gone (`reconnect`). The context the read finally
 * ran with comes back too: a refresh usually spends the old refresh token, so the next read of the
 * same pass must use the new one.
 */
export async function callWithFreshToken<T>(
  deps: Pick<CoreDeps, 'uow' | 'vault' | 'clock'>,
  provider: SocialProvider,
  context: AccountContext,
  read: (context: AccountContext) => Promise<T>,
): Promise<{ value: T; context: AccountContext }> {
  let current = context;
  let refreshed = false;
  if (tokenNeedsRefresh(current, deps.clock.now())) {
    current = await refreshAccountCredentials(deps, provider, current);
    refreshed = true;
  }
  try {
    return { value: await read(current), context: current };
  } catch (error) {
    if (!isProviderError(error) || error.kind !== 'refresh') throw error;
    if (refreshed || current.credentials.refreshToken === null) throw new ProviderError('reconnect', error.message, { status: error.status, cause: error });
    current = await refreshAccountCredentials(deps, provider, current);
    try {
      return { value: await read(current), context: current };
    } catch (retryError) {
      if (isProviderError(retryError) && retryError.kind === 'refresh') throw new ProviderError('reconnect', retryError.message, { status: retryError.status, cause: retryError });
      throw retryError;
    }
  }
}
