import { recordAudit } from '../audit/record-audit';
import { assertCan, can } from '../organizations/permissions';
import type { Repositories, UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { PostRecord, PostWithTargets, UpdatePostInput } from './post';
import { assertMediaInOrganization, assertOverrides, assertStatus, EDITABLE_STATUSES, loadPostForUpdate, overridesOf, resolveAccounts, snapshotOf } from './post-access';

/**
 * Applies an edit to a post locked in this transaction and records a new version. Fields left out
 * keep their values; overrides of accounts that stay are kept unless new overrides are given.
 * Editing something already approved sends it back to draft unless the editor may approve it
 * themselves — approval covers the words, not the post id.
 */
export async function applyEdit(
  repos: Repositories,
  actor: Actor,
  before: PostRecord,
  input: UpdatePostInput,
  audit: { action: string; details?: Record<string, unknown> },
): Promise<PostWithTargets> {
  assertStatus(before, EDITABLE_STATUSES, 'edit');
  const previousTargets = await repos.targets.listForPost(before.id);
  const previousAccountIds = previousTargets.map((target) => target.socialAccountId);
  const accountIds = input.accountIds ?? previousAccountIds;
  const accounts = await resolveAccounts(repos, actor, before.brandId, accountIds);
  if (input.mediaIds) await assertMediaInOrganization(repos, actor.organizationId, input.mediaIds);
  if (input.overrides) await assertOverrides(repos, actor.organizationId, accountIds, input.overrides);
  const overrides = input.overrides ?? overridesOf(previousTargets).filter((override) => accountIds.includes(override.accountId));
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
  const targets = input.accountIds || input.overrides ? await repos.targets.replaceForPost(after, accounts, overrides) : previousTargets;
  const snapshot = snapshotOf(after, accountIds, overridesOf(targets));
  await repos.posts.saveVersion(after.id, after.version, snapshot, actor.userId);
  await recordAudit(repos, actor, {
    organizationId: actor.organizationId,
    actorUserId: actor.userId,
    action: audit.action,
    entityType: 'post',
    entityId: after.id,
    before: { ...snapshotOf(before, previousAccountIds, overridesOf(previousTargets)), status: before.status },
    after: { ...snapshot, status: after.status, ...audit.details },
  });
  return { ...after, targets };
}

/** Edits a post (partially) and records a new version. */
export async function updatePost(deps: { uow: UnitOfWork }, actor: Actor, postId: string, input: UpdatePostInput): Promise<PostWithTargets> {
  assertCan(actor.role, 'posts.write');
  return deps.uow.transaction(async (repos) => applyEdit(repos, actor, await loadPostForUpdate(repos, actor, postId), input, { action: 'post.updated' }));
}
