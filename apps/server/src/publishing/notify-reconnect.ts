import type { CoreDeps } from '@socialseed/core/deps';

/**
 * Tells the organization's owners and admins, once, that an account needs reconnecting (the
 * caller only invokes this for the request that flipped the account's status).
 */
export async function notifyAccountNeedsReconnect(core: CoreDeps, accountId: string, organizationId: string, reason: string): Promise<void> {
  const account = await core.uow.socialAccounts.findByIdAnyOrganization(accountId);
  if (!account) return;
  const members = await core.uow.memberships.listMembers(organizationId, { page: 1, limit: 100 });
  const link = `${core.settings.publicUrl}/accounts`;
  for (const member of members.items.filter((entry) => entry.role === 'owner' || entry.role === 'admin')) {
    const email = await core.uow.emailOutbox.enqueue({
      toAddress: member.email,
      subject: `Reconnect ${account.handle} on ${account.platform}: its posts are on hold`,
      text: `Socialseed can no longer publish to ${account.handle} on ${account.platform} (${reason}).\n\nIts scheduled posts are held, not lost. Reconnect the account and they go out:\n${link}`,
      actionUrl: link,
      kind: 'account_reconnect',
      organizationId,
      recipientUserId: member.userId,
    });
    await core.emails.dispatch(email.id);
  }
}
