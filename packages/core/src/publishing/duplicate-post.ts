import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import { insertDraft } from './create-post';
import type { PostWithTargets } from './post';
import { assertMediaInOrganization, assertOverrides, overridesOf } from './post-access';

/**
 * A new draft (version 1) with the post's text, media, tags, priority, accounts and overrides, for
 * "post this again" or a variation; the original is untouched and any of its statuses will do.
 */
export async function duplicatePost(deps: { uow: UnitOfWork }, actor: Actor, postId: string): Promise<PostWithTargets> {
  assertCan(actor.role, 'posts.write');
  return deps.uow.transaction(async (repos) => {
    const source = await repos.posts.findById(actor.organizationId, postId);
    if (!source) throw AppError.notFound('Post');
    const targets = await repos.targets.listForPost(source.id);
    // The copy refers to the same uploads: they are checked (and locked) as creating a post does,
    // so an image deleted since — or at this very moment — is named, not left dangling.
    await assertMediaInOrganization(repos, actor.organizationId, source.mediaIds);
    await assertOverrides(repos, actor.organizationId, targets.map((target) => target.socialAccountId), overridesOf(targets));
    const copy = await insertDraft(repos, actor, {
      brandId: source.brandId,
      text: source.text,
      mediaIds: source.mediaIds,
      tags: source.tags,
      priority: source.priority,
      accounts: targets.map((target) => ({ id: target.socialAccountId, platform: target.platform })),
      overrides: overridesOf(targets),
      provenance: source.provenance,
    });
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'post.duplicated',
      entityType: 'post',
      entityId: copy.id,
      after: { sourcePostId: source.id, sourceVersion: source.version },
    });
    return copy;
  });
}
