import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { hashToken } from '../auth/secret-tokens';
import type { CoreDeps } from '../deps';
import type { OrganizationRecord, UserRecord } from '../ports/entities';
import type { Repositories } from '../ports/repositories';
import type { RequestOrigin } from '../shared/actor';

const invalidInvitation = () =>
  new AppError('TOKEN_INVALID', {
    message: 'Invitation not found, expired or already used',
    userMessage: 'This invitation link is no longer valid. Ask for a new one.',
    details: { issues: [{ field: 'token', message: 'Invalid or expired invitation' }] },
  });

/**
 * Turns a pending invitation into a membership for `user`, inside the caller's transaction.
 * The invitation was sent to one address, so only the account with that address may use it.
 */
export async function joinThroughInvitation(
  deps: Pick<CoreDeps, 'clock'>,
  repos: Repositories,
  origin: RequestOrigin,
  input: { token: string; user: UserRecord },
): Promise<OrganizationRecord> {
  const now = deps.clock.now();
  const invitation = await repos.invitations.findPendingByTokenHash(hashToken(input.token), now);
  if (!invitation) throw invalidInvitation();
  if (invitation.email.toLowerCase() !== input.user.email.toLowerCase()) {
    throw new AppError('FORBIDDEN', {
      message: 'The invitation was sent to a different email address',
      userMessage: `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`,
    });
  }
  const organization = await repos.organizations.findById(invitation.organizationId);
  if (!organization) throw invalidInvitation();
  const existing = await repos.memberships.find(organization.id, input.user.id);
  if (!existing) {
    if ((await repos.memberships.countInOrganization(organization.id)) >= organization.maxUsers) {
      throw new AppError('LIMIT_REACHED', {
        message: `Organization has reached its limit of ${organization.maxUsers} members`,
        userMessage: 'This organization has no free seats left. Ask an admin to make room.',
      });
    }
    const membership = await repos.memberships.create({ organizationId: organization.id, userId: input.user.id, role: invitation.role });
    await recordAudit(repos, origin, {
      organizationId: organization.id,
      actorUserId: input.user.id,
      action: 'member.joined',
      entityType: 'membership',
      entityId: membership.id,
      after: { userId: input.user.id, role: invitation.role, invitationId: invitation.id },
    });
  }
  await repos.invitations.markAccepted(invitation.id, now);
  return organization;
}
