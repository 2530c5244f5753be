import type { PlatformLimits } from './rules/platform-limits';
import { platformLimits } from './rules/platform-rules';
import type { SocialAccountRecord } from './social-account';

/** The account's platform rules; a Mastodon server's own announced limits once they are known. */
export function limitsForAccount(account: Pick<SocialAccountRecord, 'platform' | 'instanceLimits'>): PlatformLimits {
  return platformLimits(account.platform, account.instanceLimits ? { mastodonInstance: account.instanceLimits } : {});
}
