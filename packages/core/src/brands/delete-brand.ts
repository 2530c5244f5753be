import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import { loadBrandForUpdate } from './brand-access';
import { brandSnapshot } from './brand-snapshot';

/** Deletes a brand (admin+). The audit row keeps the full last state, since the row itself is gone. */
export async function deleteBrand(deps: Pick<CoreDeps, 'uow'>, actor: Actor, brandId: string): Promise<void> {
  assertCan(actor.role, 'brands.delete');
  await deps.uow.transaction(async (repos) => {
    const brand = await loadBrandForUpdate(repos, actor, brandId);
    await repos.brands.delete(actor.organizationId, brand.id);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'brand.deleted',
      entityType: 'brand',
      entityId: brand.id,
      before: brandSnapshot(brand),
    });
  });
}
