import { AppError } from '../errors';
import type { Repositories } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { PostRecord, PostStatus } from './post';

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
    if (!(await repos.media.findById(organizationId, mediaId))) {
      throw AppError.invalid([{ field: `mediaIds.${index}`, message: 'No such upload in this organization' }]);
    }
  }
}

export function snapshotOf(post: PostRecord, accountIds: string[]): Record<string, unknown> {
  return { text: post.text, mediaIds: post.mediaIds, tags: post.tags, priority: post.priority, accountIds };
}
