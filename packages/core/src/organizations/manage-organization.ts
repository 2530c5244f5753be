import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import type { Actor, RequestOrigin } from '../shared/actor';
import type { Pagination } from '../shared/pagination';
import { createOrganizationWithOwner } from './create-organization';
import type { UpdateOrganizationInput } from './organization.schemas';
import { assertCan } from './permissions';

export async function listMyOrganizations(deps: Pick<CoreDeps, 'uow'>, userId: string, pagination: Pagination) {
  return deps.uow.organizations.listForUser(userId, pagination);
}

export async function getCurrentOrganization(deps: Pick<CoreDeps, 'uow'>, actor: Actor) {
  assertCan(actor.role, 'organization.read');
  const organization = await deps.uow.organizations.findById(actor.organizationId);
  if (!organization) throw AppError.notFound('Organization');
  return { organization, role: actor.role };
}

/** Any signed-in user may start another organization (agencies run several); they own it. */
export async function createOrganization(deps: Pick<CoreDeps, 'uow'>, userId: string, name: string, origin: RequestOrigin) {
  const organization = await deps.uow.transaction((repos) => createOrganizationWithOwner(repos, origin, { name, ownerUserId: userId }));
  return { ...organization, role: 'owner' as const };
}

export async function updateOrganization(deps: Pick<CoreDeps, 'uow'>, actor: Actor, input: UpdateOrganizationInput) {
  assertCan(actor.role, 'organization.update');
  return deps.uow.transaction(async (repos) => {
    const before = await repos.organizations.findById(actor.organizationId);
    if (!before) throw AppError.notFound('Organization');
    if (input.slug && input.slug !== before.slug && (await repos.organizations.slugExists(input.slug))) {
      throw new AppError('CONFLICT', {
        message: 'Slug already in use',
        details: { issues: [{ field: 'slug', message: 'Already taken by another organization' }] },
      });
    }
    const after = await repos.organizations.update(actor.organizationId, input);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'organization.updated',
      entityType: 'organization',
      entityId: actor.organizationId,
      before: { name: before.name, slug: before.slug, requireApproval: before.requireApproval },
      after: { name: after.name, slug: after.slug, requireApproval: after.requireApproval },
    });
    return after;
  });
}
