import type { Platform } from './platforms';

export interface SocialAccountRecord {
  id: string;
  organizationId: string;
  brandId: string;
  platform: Platform;
  platformAccountId: string;
  handle: string;
  displayName: string;
  baseUrl: string;
  encryptedCredentials: string;
  tokenExpiresAt: Date | null;
  status: 'active' | 'needs_reconnect';
  lastError: string | null;
  lastErrorAt: Date | null;
  reconnectNotifiedAt: Date | null;
  createdAt: Date;
}

/** What clients see of an account: never its credentials. */
export type SocialAccountView = Omit<SocialAccountRecord, 'encryptedCredentials'>;

export function toSocialAccountView(account: SocialAccountRecord): SocialAccountView {
  const { encryptedCredentials: _sealed, ...view } = account;
  return view;
}
