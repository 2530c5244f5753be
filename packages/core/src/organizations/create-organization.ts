import { recordAudit } from '../audit/record-audit';
import type { OrganizationRecord } from '../ports/entities';
import type { Repositories } from '../ports/repositories';
import type { RequestOrigin } from '../shared/actor';
import { uniqueSlug } from './slug';

/** Creates an organization with `userId` as its owner, inside the caller's transaction. */
export async function createOrganizationWithOwner(
  repos: Repositories,
  origin: RequestOrigin,
  input: { name: string; ownerUserId: string },
): Promise<OrganizationRecord> {
  const slug = await uniqueSlug(repos.organizations, input.name);
  const organization = await repos.organizations.create({ name: input.name, slug });
  const membership = await repos.memberships.create({ organizationId: organization.id, userId: input.ownerUserId, role: 'owner' });
  await recordAudit(repos, origin, {
    organizationId: organization.id,
    actorUserId: input.ownerUserId,
    action: 'organization.created',
    entityType: 'organization',
    entityId: organization.id,
    after: { name: organization.name, slug, ownerMembershipId: membership.id },
  });
  return organization;
}
