import { AppError } from '../errors';
import { hashToken } from '../auth/secret-tokens';
import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { OutboxEmailRecord } from '../ports/entities';
import type { Actor } from '../shared/actor';
import type { Page, Pagination } from '../shared/pagination';

/** An outbox email as the admin console shows it (the body text stays out: links are listed apart). */
export type OutboxEmailView = Omit<OutboxEmailRecord, 'text'>;

type Deps = Pick<CoreDeps, 'uow' | 'clock'>;

/** Rows read per query while filtering the instance-wide outbox. */
const SCAN_BATCH = 100;

/** The invitation token inside an invitation email's link, if any. */
function tokenOf(actionUrl: string | null): string | null {
  if (!actionUrl) return null;
  try {
    return new URL(actionUrl).searchParams.get('token');
  } catch {
    return null;
  }
}

async function pendingInvitees(deps: Deps, actor: Actor, now: Date): Promise<Set<string>> {
  const emails = new Set<string>();
  for (let page = 1; ; page += 1) {
    const batch = await deps.uow.invitations.listPending(actor.organizationId, now, { page, limit: SCAN_BATCH });
    for (const invitation of batch.items) emails.add(invitation.email.toLowerCase());
    if (batch.items.length < SCAN_BATCH) return emails;
  }
}

/**
 * The outbox is shared by every organization of the instance, and it holds live links
 * (password resets, invitations). An admin therefore sees only: emails addressed to
 * themselves, with password-reset links withheld (a stolen session must not become a new
 * password), and the pending invitations of their own organization, whose links they may hand on.
 */
async function viewFor(deps: Deps, actor: Actor, viewerEmail: string, invitees: Set<string>, email: OutboxEmailRecord, now: Date): Promise<OutboxEmailView | null> {
  const { text: _body, ...view } = email;
  const recipient = email.toAddress.toLowerCase();
  if (recipient === viewerEmail) return email.kind === 'reset_password' ? { ...view, actionUrl: null } : view;
  if (email.kind !== 'invitation' || !invitees.has(recipient)) return null;
  const token = tokenOf(email.actionUrl);
  const invitation = token ? await deps.uow.invitations.findPendingByTokenHash(hashToken(token), now) : null;
  return invitation?.organizationId === actor.organizationId ? view : null;
}

/**
 * Emails written while no SMTP server is configured, so a self-hoster without mail can still
 * finish verification and hand out invitation links. Newest first; see `viewFor` for who
 * sees what.
 */
export async function listOutbox(deps: Deps, actor: Actor, pagination: Pagination): Promise<Page<OutboxEmailView>> {
  assertCan(actor.role, 'outbox.read');
  const viewer = await deps.uow.users.findById(actor.userId);
  if (!viewer) throw AppError.notFound('User');
  const now = deps.clock.now();
  const invitees = await pendingInvitees(deps, actor, now);
  const visible: OutboxEmailView[] = [];
  const seen = new Set<string>();
  // The repository lists the whole instance; filtering here keeps other tenants' mail out.
  for (let page = 1; ; page += 1) {
    const batch = await deps.uow.emailOutbox.list({ page, limit: SCAN_BATCH });
    for (const email of batch.items) {
      if (seen.has(email.id)) continue; // rows shift between batches when new mail arrives
      seen.add(email.id);
      const view = await viewFor(deps, actor, viewer.email.toLowerCase(), invitees, email, now);
      if (view) visible.push(view);
    }
    if (batch.items.length < SCAN_BATCH) break;
  }
  const start = (pagination.page - 1) * pagination.limit;
  return { items: visible.slice(start, start + pagination.limit), page: pagination.page, limit: pagination.limit, total: visible.length };
}
