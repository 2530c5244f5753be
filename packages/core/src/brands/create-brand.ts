import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import type { BrandRecord, CreateBrandInput } from './brand';
import { assertLogoInOrganization } from './brand-access';
import { brandSnapshot } from './brand-snapshot';

/**
 * Starts a brand as a draft in the actor's organization. Only name and industry are needed:
 * the onboarding wizard fills in the rest step by step and then activates it.
 */
export async function createBrand(deps: Pick<CoreDeps, 'uow'>, actor: Actor, input: CreateBrandInput): Promise<BrandRecord> {
  assertCan(actor.role, 'brands.create');
  return deps.uow.transaction(async (repos) => {
    await assertLogoInOrganization(repos, actor.organizationId, input.logoMediaId);
    const brand = await repos.brands.create(actor.organizationId, actor.userId, input);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'brand.created',
      entityType: 'brand',
      entityId: brand.id,
      after: brandSnapshot(brand),
    });
    return brand;
  });
}
