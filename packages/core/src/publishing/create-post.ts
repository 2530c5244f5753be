import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../organizations/permissions';
import type { Repositories, UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Platform } from './platforms';
import type { CreatePostInput, PostProvenance, PostWithTargets, Priority, TargetOverride } from './post';
import type { PostLabels } from '../learning/post-labels';
import { assertMediaInOrganization, assertOverrides, overridesOf, resolveAccounts, snapshotOf } from './post-access';

/** A new post's content, already checked against the organization. */
export interface NewPostContent {
  brandId: string;
  text: string;
  mediaIds: string[];
  tags: string[];
  priority: Priority;
  accounts: Array<{ id: string; platform: Platform }>;
  overrides: TargetOverride[];
  /** Where AI-written copy came from; absent for copy people wrote. */
  provenance?: PostProvenance | null;
  /** Tone, format and trend the copy was written for (what the learner learns from). */
  labels?: PostLabels | null;
}

/**
 * Writes a draft with one target per account and records it as version 1. Shared by create,
 * duplicate and import, which each audit it under their own action.
 */
export async function insertDraft(repos: Repositories, actor: Actor, content: NewPostContent): Promise<PostWithTargets> {
  const post = await repos.posts.create({
    organizationId: actor.organizationId,
    brandId: content.brandId,
    text: content.text,
    mediaIds: content.mediaIds,
    tags: content.tags,
    priority: content.priority,
    createdByUserId: actor.userId,
    provenance: content.provenance ?? null,
    labels: content.labels ?? null,
  });
  const targets = await repos.targets.replaceForPost(post, content.accounts, content.overrides);
  const accountIds = content.accounts.map((account) => account.id);
  await repos.posts.saveVersion(post.id, 1, snapshotOf(post, accountIds, overridesOf(targets)), actor.userId);
  return { ...post, targets };
}

/** Creates a draft with one target per chosen account (each with its override, if any); version 1 is recorded. */
export async function createPost(deps: { uow: UnitOfWork }, actor: Actor, input: CreatePostInput, options: { provenance?: PostProvenance; labels?: PostLabels } = {}): Promise<PostWithTargets> {
  assertCan(actor.role, 'posts.write');
  return deps.uow.transaction(async (repos) => {
    const brand = await repos.brands.findById(actor.organizationId, input.brandId);
    if (!brand) throw AppError.invalid([{ field: 'brandId', message: 'No such brand in this organization' }]);
    const accounts = await resolveAccounts(repos, actor, brand.id, input.accountIds);
    await assertMediaInOrganization(repos, actor.organizationId, input.mediaIds);
    await assertOverrides(repos, actor.organizationId, input.accountIds, input.overrides);
    const post = await insertDraft(repos, actor, { ...input, brandId: brand.id, accounts, provenance: options.provenance ?? null, labels: options.labels ?? input.labels ?? null });
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'post.created',
      entityType: 'post',
      entityId: post.id,
      after: snapshotOf(post, input.accountIds, overridesOf(post.targets)),
    });
    return post;
  });
}
