import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import type { BrandRecord, BrandWrite } from './brand';
import { assertLogoInOrganization, loadBrandForUpdate } from './brand-access';
import { findMissingBrandFields, incompleteBrandError } from './brand-completeness';
import { changedBrandFields } from './brand-snapshot';

/**
 * Applies a partial update (top-level fields are replaced whole). The wizard autosaves each
 * step this way, so a save that changes nothing writes nothing. An active brand must stay
 * complete: content generation relies on it.
 */
export async function updateBrand(deps: Pick<CoreDeps, 'uow'>, actor: Actor, brandId: string, patch: BrandWrite): Promise<BrandRecord> {
  assertCan(actor.role, 'brands.update');
  return deps.uow.transaction(async (repos) => {
    const before = await loadBrandForUpdate(repos, actor, brandId);
    const proposed = changedBrandFields(before, patch);
    if (Object.keys(proposed.after).length === 0) return before;
    if ('logoMediaId' in proposed.after) await assertLogoInOrganization(repos, actor.organizationId, patch.logoMediaId);
    if (before.status === 'active') {
      const missing = findMissingBrandFields({ ...before, ...patch });
      if (missing.length > 0) throw incompleteBrandError(missing, 'An active brand must stay complete');
    }
    const after = await repos.brands.update(actor.organizationId, before.id, patch);
    const changes = changedBrandFields(before, after);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'brand.updated',
      entityType: 'brand',
      entityId: after.id,
      before: changes.before,
      after: changes.after,
    });
    return after;
  });
}
