import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import type { BrandRecord } from './brand';
import { loadBrandForUpdate } from './brand-access';
import { findMissingBrandFields, incompleteBrandError } from './brand-completeness';

/**
 * Ends onboarding: a complete draft becomes `active`, the state content generation and
 * publishing require. An incomplete brand answers 400 INCOMPLETE naming every missing field.
 * Activating an active brand again changes nothing.
 */
export async function activateBrand(deps: Pick<CoreDeps, 'uow'>, actor: Actor, brandId: string): Promise<BrandRecord> {
  assertCan(actor.role, 'brands.update');
  return deps.uow.transaction(async (repos) => {
    const brand = await loadBrandForUpdate(repos, actor, brandId);
    const missing = findMissingBrandFields(brand);
    if (missing.length > 0) throw incompleteBrandError(missing);
    if (brand.status === 'active') return brand;
    const activated = await repos.brands.setStatus(actor.organizationId, brand.id, 'active');
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'brand.activated',
      entityType: 'brand',
      entityId: brand.id,
      before: { status: brand.status },
      after: { status: activated.status },
    });
    return activated;
  });
}
