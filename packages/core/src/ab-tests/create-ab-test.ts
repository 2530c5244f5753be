import { recordAudit } from '../audit/record-audit';
import { loadBrand } from '../brands/brand-access';
import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { AbTestView, CreateAbTestInput } from './ab-test';
import { viewsOf } from './ab-test-view';

/**
 * Starts comparing 2–4 posts of one brand. They may still be drafts: the results fill in as the
 * engagement sync measures their targets. Posts of another brand, or not in the organization,
 * are refused naming `postIds` (never revealing whether a foreign id exists).
 */
export async function createAbTest(deps: { uow: UnitOfWork }, actor: Actor, input: CreateAbTestInput): Promise<AbTestView> {
  assertCan(actor.role, 'posts.write');
  return deps.uow.transaction(async (repos) => {
    const brand = await loadBrand(repos, actor, input.brandId);
    const posts = await repos.abTests.postsOf(actor.organizationId, input.postIds);
    const missing = input.postIds.filter((id) => !posts.some((post) => post.id === id));
    if (missing.length > 0) throw AppError.invalid([{ field: 'postIds', message: `No post with id ${missing.join(', ')} in your organization` }], 'Choose posts of this organization.');
    if (posts.some((post) => post.brandId !== brand.id)) {
      throw AppError.invalid([{ field: 'postIds', message: `Every variant must be a post of the brand ${brand.name}` }], 'All variants must belong to the same brand.');
    }
    const test = await repos.abTests.create({ organizationId: actor.organizationId, brandId: brand.id, name: input.name, postIds: input.postIds, significanceLevel: input.significanceLevel });
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'ab_test.created',
      entityType: 'ab_test',
      entityId: test.id,
      after: { brandId: test.brandId, name: test.name, postIds: test.postIds, significanceLevel: test.significanceLevel },
    });
    const [view] = await viewsOf(repos, actor.organizationId, [test]);
    return view as AbTestView;
  });
}
