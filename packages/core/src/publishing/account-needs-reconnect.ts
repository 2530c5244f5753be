import type { CoreDeps } from '../deps';
import type { Repositories } from '../ports/repositories';
import { platformLabels } from './platforms';
import type { SocialAccountRecord } from './social-account';

export type ReconnectNoticeDeps = Pick<CoreDeps, 'uow' | 'clock' | 'emails' | 'settings'>;

/** The in-app notification's kind; the web app shows it as "Reconnect". */
export const ACCOUNT_RECONNECT_NOTIFICATION = 'account.reconnect';

type NoticeRepos = Pick<Repositories, 'socialAccounts' | 'targets' | 'notifications' | 'memberships' | 'emailOutbox'>;

/**
 * Marks the account as needing its owner, holds its unsent posts and writes the notice — an
 * in-app notification and an email to each owner and admin — all in the caller's transaction, so
 * the flag never lands without the notice (the flag flips once, so a lost notice would never be
 * written again). Only the call that flipped it writes anything: however many deliveries, syncs
 * and reads notice at the same moment, people are told once per episode. Answers the outbox ids
 * to dispatch after commit, or null when the account was already flagged.
 */
export async function holdAccountForReconnect(repos: NoticeRepos, input: { account: SocialAccountRecord; reason: string; now: Date; publicUrl: string }): Promise<string[] | null> {
  const { account, reason, now } = input;
  if (!(await repos.socialAccounts.markNeedsReconnect(account.id, reason, now))) return null;
  await repos.targets.holdForAccount(account.id);
  const platform = platformLabels[account.platform];
  await repos.notifications.insert(
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
  const link = `${input.publicUrl}/accounts`;
  const members = await repos.memberships.listMembers(account.organizationId, { page: 1, limit: 100 });
  const ids: string[] = [];
  for (const member of members.items.filter((entry) => entry.role === 'owner' || entry.role === 'admin')) {
    const email = await repos.emailOutbox.enqueue({
      toAddress: member.email,
      subject: `Reconnect ${account.handle} on ${platform}: its posts are on hold`,
      text: `Socialseed can no longer publish to ${account.handle} on ${platform} (${reason}).\n\nIts scheduled posts are held, not lost. Reconnect the account and they go out:\n${link}`,
      actionUrl: link,
      kind: 'account_reconnect',
      organizationId: account.organizationId,
      recipientUserId: member.userId,
    });
    ids.push(email.id);
  }
  return ids;
}

/** Sends what a committed transaction queued; a send that fails stays in the outbox for its sweep. */
export async function dispatchQueuedEmails(deps: Pick<CoreDeps, 'emails'>, ids: readonly string[]): Promise<void> {
  for (const id of ids) await deps.emails.dispatch(id).catch(() => undefined);
}

/**
 * For callers without a transaction of their own: delivery after a platform refused the
 * account's credentials, and engagement reads of the account's own data that met the same
 * refusal. True only for the call that flipped the account.
 */
export async function flagAccountNeedsReconnect(deps: ReconnectNoticeDeps, account: SocialAccountRecord, reason: string): Promise<boolean> {
  const ids = await deps.uow.transaction((repos) => holdAccountForReconnect(repos, { account, reason, now: deps.clock.now(), publicUrl: deps.settings.publicUrl }));
  if (ids) await dispatchQueuedEmails(deps, ids);
  return ids !== null;
}
