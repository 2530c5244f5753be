import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { CreatePostInput, PostWithTargets } from './post';
import { assertMediaInOrganization, resolveAccounts, snapshotOf } from './post-access';

/** Creates a draft with one target per chosen account; version 1 is recorded. */
export async function createPost(deps: { uow: UnitOfWork }, actor: Actor, input: CreatePostInput): Promise<PostWithTargets> {
  assertCan(actor.role, 'posts.write');
  return deps.uow.transaction(async (repos) => {
    const brand = await repos.brands.findById(actor.organizationId, input.brandId);
    if (!brand) throw AppError.invalid([{ field: 'brandId', message: 'No such brand in this organization' }]);
    const accounts = await resolveAccounts(repos, actor, brand.id, input.accountIds);
    await assertMediaInOrganization(repos, actor.organizationId, input.mediaIds);
    const post = await repos.posts.create({
      organizationId: actor.organizationId,
      brandId: brand.id,
      text: input.text,
      mediaIds: input.mediaIds,
      tags: input.tags,
      priority: input.priority,
      createdByUserId: actor.userId,
    });
    const targets = await repos.targets.replaceForPost(post, accounts);
    await repos.posts.saveVersion(post.id, 1, snapshotOf(post, input.accountIds), actor.userId);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'post.created',
      entityType: 'post',
      entityId: post.id,
      after: snapshotOf(post, input.accountIds),
    });
    return { ...post, targets };
  });
}
