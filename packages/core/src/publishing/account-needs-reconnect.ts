import type { CoreDeps } from '../deps';
import type { Repositories } from '../ports/repositories';
import { platformLabels } from './platforms';
import type { SocialAccountRecord } from './social-account';

export type ReconnectNoticeDeps = Pick<CoreDeps, 'uow' | 'clock' | 'emails' | 'settings'>;

/** The in-app notification's kind; the web app shows it as "Reconnect". */
export const ACCOUNT_RECONNECT_NOTIFICATION = 'account.reconnect';

/**
 * Marks the account as needing its owner and holds its unsent posts, in the caller's
 * transaction when it passes one. True only for the call that flipped it, so the owners are told
 * once per episode however many deliveries, syncs and reads notice at the same moment.
 */
export async function holdAccountForReconnect(repos: Pick<Repositories, 'socialAccounts' | 'targets'>, accountId: string, reason: string, now: Date): Promise<boolean> {
  const flipped = await repos.socialAccounts.markNeedsReconnect(accountId, reason, now);
  if (flipped) await repos.targets.holdForAccount(accountId);
  return flipped;
}

/**
 * Tells the organization that the account needs reconnecting: an email to its owners and admins
 * and an in-app notification. Call it only for the flip (`holdAccountForReconnect` said true).
 */
export async function tellOwnersToReconnect(deps: ReconnectNoticeDeps, account: SocialAccountRecord, reason: string): Promise<void> {
  const link = `${deps.settings.publicUrl}/accounts`;
  const platform = platformLabels[account.platform];
  const now = deps.clock.now();
  await deps.uow.notifications.insert(
    {
      organizationId: account.organizationId,
      brandId: account.brandId,
      kind: ACCOUNT_RECONNECT_NOTIFICATION,
      title: `Reconnect ${account.handle} on ${platform}`,
      body: `Socialseed can no longer reach ${account.handle} on ${platform} (${reason.slice(0, 300)}). Its scheduled posts are held, not lost, and go out once it is reconnected.`,
      link: '/accounts',
      data: { accountId: account.id, platform: account.platform },
      dedupeKey: `reconnect:${account.id}:${now.toISOString()}`,
    },
    now,
  );
  const members = await deps.uow.memberships.listMembers(account.organizationId, { page: 1, limit: 100 });
  for (const member of members.items.filter((entry) => entry.role === 'owner' || entry.role === 'admin')) {
    const email = await deps.uow.emailOutbox.enqueue({
      toAddress: member.email,
      subject: `Reconnect ${account.handle} on ${account.platform}: its posts are on hold`,
      text: `Socialseed can no longer publish to ${account.handle} on ${account.platform} (${reason}).\n\nIts scheduled posts are held, not lost. Reconnect the account and they go out:\n${link}`,
      actionUrl: link,
      kind: 'account_reconnect',
      organizationId: account.organizationId,
      recipientUserId: member.userId,
    });
    await deps.emails.dispatch(email.id);
  }
}

/**
 * Both steps, for callers without a transaction of their own: delivery after a platform refused
 * the account's credentials, and engagement reads that met the same refusal.
 */
export async function flagAccountNeedsReconnect(deps: ReconnectNoticeDeps, account: SocialAccountRecord, reason: string): Promise<boolean> {
  const flipped = await deps.uow.transaction((repos) => holdAccountForReconnect(repos, account.id, reason, deps.clock.now()));
  if (flipped) await tellOwnersToReconnect(deps, account, reason);
  return flipped;
}
