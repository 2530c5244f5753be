import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import type { MembershipRecord } from '../ports/entities';
import type { Repositories } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Pagination } from '../shared/pagination';
import { assertCan } from './permissions';
import { canManageRole, type Role } from './roles';

export async function listMembers(deps: Pick<CoreDeps, 'uow'>, actor: Actor, pagination: Pagination) {
  assertCan(actor.role, 'members.read');
  return deps.uow.memberships.listMembers(actor.organizationId, pagination);
}

async function findTarget(repos: Repositories, actor: Actor, membershipId: string): Promise<MembershipRecord> {
  const target = await repos.memberships.findById(actor.organizationId, membershipId);
  if (!target) throw AppError.notFound('Member');
  return target;
}

/** An organization must never be left without an owner. */
async function assertKeepsAnOwner(repos: Repositories, target: MembershipRecord, nextRole: Role | null): Promise<void> {
  if (target.role !== 'owner' || nextRole === 'owner') return;
  if ((await repos.memberships.countWithRole(target.organizationId, 'owner')) <= 1) {
    throw new AppError('CONFLICT', {
      message: 'The last owner cannot be removed or demoted',
      userMessage: 'Make someone else an owner first: an organization always needs one.',
    });
  }
}

export async function updateMemberRole(deps: Pick<CoreDeps, 'uow'>, actor: Actor, membershipId: string, role: Role) {
  assertCan(actor.role, 'members.update');
  return deps.uow.transaction(async (repos) => {
    const target = await findTarget(repos, actor, membershipId);
    if (!canManageRole(actor.role, target.role) || !canManageRole(actor.role, role)) {
      throw AppError.forbidden(`The ${actor.role} role cannot change a ${target.role} into a ${role}.`);
    }
    await assertKeepsAnOwner(repos, target, role);
    await repos.memberships.updateRole(target.id, role);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'member.role_changed',
      entityType: 'membership',
      entityId: target.id,
      before: { role: target.role },
      after: { role },
    });
    const member = await repos.memberships.findMember(actor.organizationId, target.id);
    if (!member) throw AppError.notFound('Member');
    return member;
  });
}

/** Removes a member; anyone may leave by removing themselves (unless they are the last owner). */
export async function removeMember(deps: Pick<CoreDeps, 'uow'>, actor: Actor, membershipId: string) {
  await deps.uow.transaction(async (repos) => {
    const target = await findTarget(repos, actor, membershipId);
    const leaving = target.userId === actor.userId;
    if (!leaving) {
      assertCan(actor.role, 'members.remove');
      if (!canManageRole(actor.role, target.role)) throw AppError.forbidden(`The ${actor.role} role cannot remove a ${target.role}.`);
    }
    await assertKeepsAnOwner(repos, target, null);
    await repos.memberships.delete(target.id);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: leaving ? 'member.left' : 'member.removed',
      entityType: 'membership',
      entityId: target.id,
      before: { userId: target.userId, role: target.role },
    });
  });
}
