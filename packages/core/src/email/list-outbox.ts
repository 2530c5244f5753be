import { assertCan } from '../organizations/permissions';
import type { CoreDeps } from '../deps';
import type { OutboxEmailRecord } from '../ports/entities';
import type { Actor } from '../shared/actor';
import type { Page, Pagination } from '../shared/pagination';

/** An outbox email as the admin console shows it (the body stays out: the link is listed apart). */
export type OutboxEmailView = Omit<OutboxEmailRecord, 'text'>;

/**
 * Emails written while no SMTP server is configured, so a self-hoster without mail can still
 * finish verification and hand out invitation links. The outbox is shared by every organization
 * of the instance and holds live links, so an admin sees only their organization's mail
 * (invitations) and mail addressed to themselves — and never a password-reset link, so a stolen
 * session cannot be turned into a new password.
 */
export async function listOutbox(deps: Pick<CoreDeps, 'uow'>, actor: Actor, pagination: Pagination): Promise<Page<OutboxEmailView>> {
  assertCan(actor.role, 'outbox.read');
  const page = await deps.uow.emailOutbox.listVisibleTo(actor.organizationId, actor.userId, pagination);
  return {
    ...page,
    items: page.items.map(({ text: _body, ...view }) => (view.kind === 'reset_password' ? { ...view, actionUrl: null } : view)),
  };
}
