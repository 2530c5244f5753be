import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import type { Page, Pagination } from '../shared/pagination';
import type { BrandRecord } from './brand';

/** The brands of the actor's organization, newest first (agencies run several). */
export async function listBrands(deps: Pick<CoreDeps, 'uow'>, actor: Actor, pagination: Pagination): Promise<Page<BrandRecord>> {
  assertCan(actor.role, 'brands.read');
  return deps.uow.brands.list(actor.organizationId, pagination);
}
