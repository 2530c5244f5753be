import { AppError, type FieldIssue } from '../errors';
import type { Repositories } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { PostRecord, PostStatus, TargetOverride, TargetRecord } from './post';

/** Statuses in which a post's content may still change. */
export const EDITABLE_STATUSES = ['draft', 'pending_approval', 'approved', 'rejected'] as const satisfies readonly PostStatus[];

/** The post, locked for this transaction; another organization's post is "not found". */
export async function loadPostForUpdate(repos: Repositories, actor: Actor, postId: string): Promise<PostRecord> {
  const post = await repos.posts.findByIdForUpdate(actor.organizationId, postId);
  if (!post) throw AppError.notFound('Post');
  return post;
}

export function assertStatus(post: PostRecord, allowed: readonly PostStatus[], action: string): void {
  if (!allowed.includes(post.status)) {
    throw new AppError('CONFLICT', {
      message: `Cannot ${action} a post that is ${post.status}`,
      userMessage: `This post is ${post.status.replace('_', ' ')}, so it cannot be ${action === 'edit' ? 'edited' : `${action}d`} now.`,
      details: { status: post.status },
    });
  }
}

/** Accounts must belong to the organization and to the post's brand. */
export async function resolveAccounts(repos: Repositories, actor: Actor, brandId: string, accountIds: string[]) {
  const accounts = [];
  for (const [index, accountId] of accountIds.entries()) {
    const account = await repos.socialAccounts.findById(actor.organizationId, accountId);
    if (!account || account.brandId !== brandId) {
      throw AppError.invalid([{ field: `accountIds.${index}`, message: "Not one of this brand's connected accounts" }]);
    }
    accounts.push(account);
  }
  return accounts;
}

/** Media must be this organization's uploads. */
export async function assertMediaInOrganization(repos: Repositories, organizationId: string, mediaIds: string[]): Promise<void> {
  for (const [index, mediaId] of mediaIds.entries()) {
    if (!(await repos.media.findById(organizationId, mediaId, 'share'))) {
      throw AppError.invalid([{ field: `mediaIds.${index}`, message: 'No such upload in this organization' }]);
    }
  }
}

/**
 * Overrides must each name one of the post's accounts, once, and only this organization's
 * media. Every problem is reported at once, by its field (`overrides.2.mediaIds.0`).
 */
export async function assertOverrides(repos: Repositories, organizationId: string, accountIds: string[], overrides: TargetOverride[]): Promise<void> {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const [index, override] of overrides.entries()) {
    if (!accountIds.includes(override.accountId)) {
      issues.push({ field: `overrides.${index}.accountId`, message: 'Not one of the accounts this post goes to (accountIds)' });
    } else if (seen.has(override.accountId)) {
      issues.push({ field: `overrides.${index}.accountId`, message: 'This account already has an override' });
    }
    seen.add(override.accountId);
    for (const [mediaIndex, mediaId] of (override.mediaIds ?? []).entries()) {
      if (!(await repos.media.findById(organizationId, mediaId, 'share'))) {
        issues.push({ field: `overrides.${index}.mediaIds.${mediaIndex}`, message: 'No such upload in this organization' });
      }
    }
  }
  if (issues.length > 0) throw AppError.invalid(issues);
}

/** The overrides the targets carry; a target that sends the post as it is has none. */
export function overridesOf(targets: TargetRecord[]): TargetOverride[] {
  return targets
    .filter((target) => target.text !== null || target.mediaIds !== null || target.asThread)
    .map((target) => ({ accountId: target.socialAccountId, text: target.text, mediaIds: target.mediaIds, asThread: target.asThread }));
}

/** A version's content: what restore puts back (see restore-post-version.ts for its reader). */
export function snapshotOf(post: PostRecord, accountIds: string[], overrides: TargetOverride[]): Record<string, unknown> {
  return { text: post.text, mediaIds: post.mediaIds, tags: post.tags, priority: post.priority, accountIds, overrides };
}
