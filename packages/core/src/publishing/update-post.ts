import { recordAudit } from '../audit/record-audit';
import { assertCan, can } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { PostWithTargets, UpdatePostInput } from './post';
import { assertMediaInOrganization, assertStatus, loadPostForUpdate, resolveAccounts, snapshotOf } from './post-access';

/**
 * Edits a post and records a new version. Editing something already approved sends it back to
 * draft unless the editor may approve it themselves — approval covers the words, not the post id.
 */
export async function updatePost(deps: { uow: UnitOfWork }, actor: Actor, postId: string, input: UpdatePostInput): Promise<PostWithTargets> {
  assertCan(actor.role, 'posts.write');
  return deps.uow.transaction(async (repos) => {
    const before = await loadPostForUpdate(repos, actor, postId);
    assertStatus(before, ['draft', 'pending_approval', 'approved', 'rejected'], 'edit');
    const previousTargets = await repos.targets.listForPost(before.id);
    const accountIds = input.accountIds ?? previousTargets.map((target) => target.socialAccountId);
    const accounts = await resolveAccounts(repos, actor, before.brandId, accountIds);
    if (input.mediaIds) await assertMediaInOrganization(repos, actor.organizationId, input.mediaIds);
    const keepsApproval = before.status === 'approved' && can(actor.role, 'posts.approve');
    const status = before.status === 'draft' || keepsApproval ? before.status : 'draft';
    const after = await repos.posts.update(before.id, {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.mediaIds ? { mediaIds: input.mediaIds } : {}),
      ...(input.tags ? { tags: input.tags } : {}),
      ...(input.priority ? { priority: input.priority } : {}),
      status,
      version: before.version + 1,
    });
    const targets = input.accountIds ? await repos.targets.replaceForPost(after, accounts) : previousTargets;
    await repos.posts.saveVersion(after.id, after.version, snapshotOf(after, accountIds), actor.userId);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'post.updated',
      entityType: 'post',
      entityId: after.id,
      before: { ...snapshotOf(before, previousTargets.map((target) => target.socialAccountId)), status: before.status },
      after: { ...snapshotOf(after, accountIds), status: after.status },
    });
    return { ...after, targets };
  });
}
