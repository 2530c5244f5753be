import type { CredentialVault } from '../ports/credential-vault';
import type { AccountContext } from '../ports/social-provider';
import type { SocialAccountRecord } from './social-account';

/** Opens an account's sealed credentials for one platform call. */
export function accountContextOf(account: SocialAccountRecord, vault: CredentialVault): AccountContext {
  return {
    accountId: account.id,
    platform: account.platform,
    platformAccountId: account.platformAccountId,
    handle: account.handle,
    baseUrl: account.baseUrl,
    credentials: vault.open(account.encryptedCredentials),
  };
}
