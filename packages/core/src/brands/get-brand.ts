import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import type { BrandRecord } from './brand';
import { loadBrand } from './brand-access';

/** One brand of the actor's organization; lets the wizard resume a draft from any device. */
export async function getBrand(deps: Pick<CoreDeps, 'uow'>, actor: Actor, brandId: string): Promise<BrandRecord> {
  assertCan(actor.role, 'brands.read');
  return loadBrand(deps.uow, actor, brandId);
}
