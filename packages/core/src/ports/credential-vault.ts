import type { AccountCredentials } from './social-provider';

/** Seals account credentials for storage and opens them for use; the only place they are plaintext. */
export interface CredentialVault {
  seal(credentials: AccountCredentials): string;
  open(sealed: string): AccountCredentials;
}
