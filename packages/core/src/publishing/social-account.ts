import type { Platform } from './platforms';
import type { MastodonInstanceLimits } from './rules/mastodon-limits';

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
  /** The server's announced limits (Mastodon); null until the account is synced. */
  instanceLimits: MastodonInstanceLimits | null;
  lastSyncedAt: Date | null;
  createdAt: Date;
}

/** What clients see of an account: never its credentials. */
export type SocialAccountView = Omit<SocialAccountRecord, 'encryptedCredentials'>;

export function toSocialAccountView(account: SocialAccountRecord): SocialAccountView {
  const { encryptedCredentials: _sealed, ...view } = account;
  return view;
}
