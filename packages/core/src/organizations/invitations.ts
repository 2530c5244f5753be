import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { addDays, hashToken, newSecretToken } from '../auth/secret-tokens';
import type { CoreDeps } from '../deps';
import { invitationEmail } from '../email/email-templates';
import type { InvitationRecord } from '../ports/entities';
import type { Actor, RequestOrigin } from '../shared/actor';
import type { Pagination } from '../shared/pagination';
import { joinThroughInvitation } from './join-through-invitation';
import type { InviteMemberInput } from './organization.schemas';
import { assertCan } from './permissions';
import { canManageRole } from './roles';

const publicInvitation = (invitation: InvitationRecord) => ({
  id: invitation.id,
  email: invitation.email,
  role: invitation.role,
  expiresAt: invitation.expiresAt,
  createdAt: invitation.createdAt,
});

/**
 * Invites someone by email with a role. Inviting the same address again replaces the earlier
 * link (the old one stops working), which doubles as "resend".
 */
export async function inviteMember(deps: CoreDeps, actor: Actor, input: InviteMemberInput) {
  assertCan(actor.role, 'members.invite');
  if (!canManageRole(actor.role, input.role)) {
    throw AppError.forbidden(`The ${actor.role} role cannot invite a ${input.role}.`);
  }
  const now = deps.clock.now();
  const token = newSecretToken();
  const { invitation, outboxId } = await deps.uow.transaction(async (repos) => {
    const organization = await repos.organizations.findById(actor.organizationId);
    if (!organization) throw AppError.notFound('Organization');
    const existingUser = await repos.users.findByEmail(input.email);
    if (existingUser && (await repos.memberships.find(organization.id, existingUser.id))) {
      throw new AppError('CONFLICT', {
        message: 'Already a member',
        details: { issues: [{ field: 'email', message: 'This person is already a member' }] },
      });
    }
    const previous = await repos.invitations.findPendingByEmail(organization.id, input.email, now);
    if (previous) await repos.invitations.revoke(previous.id, now);
    const seatsTaken = (await repos.memberships.countInOrganization(organization.id)) + (await repos.invitations.countPending(organization.id, now));
    if (seatsTaken >= organization.maxUsers) {
      throw new AppError('LIMIT_REACHED', {
        message: `Organization has reached its limit of ${organization.maxUsers} members`,
        userMessage: `Your plan allows ${organization.maxUsers} members, counting pending invitations.`,
      });
    }
    const invitation = await repos.invitations.create({
      organizationId: organization.id,
      email: input.email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedByUserId: actor.userId,
      expiresAt: addDays(now, deps.settings.invitationTtlDays),
    });
    const inviter = await repos.users.findById(actor.userId);
    const link = `${deps.settings.publicUrl}/accept-invite?token=${encodeURIComponent(token)}`;
    const email = await repos.emailOutbox.enqueue(invitationEmail(input.email, inviter?.name ?? 'A teammate', organization, input.role, link));
    await recordAudit(repos, actor, {
      organizationId: organization.id,
      actorUserId: actor.userId,
      action: 'member.invited',
      entityType: 'invitation',
      entityId: invitation.id,
      after: { email: input.email, role: input.role },
    });
    return { invitation, outboxId: email.id };
  });
  await deps.emails.dispatch(outboxId);
  return publicInvitation(invitation);
}

export async function listInvitations(deps: Pick<CoreDeps, 'uow' | 'clock'>, actor: Actor, pagination: Pagination) {
  assertCan(actor.role, 'invitations.read');
  const page = await deps.uow.invitations.listPending(actor.organizationId, deps.clock.now(), pagination);
  return { ...page, items: page.items.map(publicInvitation) };
}

export async function revokeInvitation(deps: Pick<CoreDeps, 'uow' | 'clock'>, actor: Actor, invitationId: string) {
  assertCan(actor.role, 'invitations.revoke');
  await deps.uow.transaction(async (repos) => {
    const invitation = await repos.invitations.findById(actor.organizationId, invitationId);
    if (!invitation || invitation.acceptedAt || invitation.revokedAt) throw AppError.notFound('Invitation');
    await repos.invitations.revoke(invitation.id, deps.clock.now());
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'invitation.revoked',
      entityType: 'invitation',
      entityId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
    });
  });
}

/** What the accept page shows before the person signs in (no secrets, no ids). */
export async function lookupInvitation(deps: Pick<CoreDeps, 'uow' | 'clock'>, token: string) {
  const invitation = await deps.uow.invitations.findPendingByTokenHash(hashToken(token), deps.clock.now());
  const organization = invitation ? await deps.uow.organizations.findById(invitation.organizationId) : null;
  if (!invitation || !organization) throw AppError.notFound('Invitation');
  return { organizationName: organization.name, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
}

export async function acceptInvitation(deps: Pick<CoreDeps, 'uow' | 'clock'>, userId: string, token: string, origin: RequestOrigin) {
  return deps.uow.transaction(async (repos) => {
    const user = await repos.users.findById(userId);
    if (!user) throw AppError.notFound('User');
    const organization = await joinThroughInvitation(deps, repos, origin, { token, user });
    const membership = await repos.memberships.find(organization.id, userId);
    return { id: organization.id, name: organization.name, slug: organization.slug, plan: organization.plan, role: membership?.role ?? 'viewer' };
  });
}
