import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Page, Pagination } from '../shared/pagination';
import type { AbTestView } from './ab-test';
import { viewsOf } from './ab-test-view';

/** The organization's tests (optionally one brand's), newest first, each with its current results. */
export async function listAbTests(deps: { uow: UnitOfWork }, actor: Actor, filter: { brandId?: string }, pagination: Pagination): Promise<Page<AbTestView>> {
  assertCan(actor.role, 'posts.read');
  const page = await deps.uow.abTests.list(actor.organizationId, filter, pagination);
  return { ...page, items: await viewsOf(deps.uow, actor.organizationId, page.items) };
}

/** One test with its variants' engagement and the comparison as of now. */
export async function getAbTest(deps: { uow: UnitOfWork }, actor: Actor, id: string): Promise<AbTestView> {
  assertCan(actor.role, 'posts.read');
  const test = await deps.uow.abTests.findById(actor.organizationId, id);
  if (!test) throw AppError.notFound('A/B test');
  const [view] = await viewsOf(deps.uow, actor.organizationId, [test]);
  return view as AbTestView;
}
