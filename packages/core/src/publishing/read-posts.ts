import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { PostFilter } from '../ports/publishing-repositories';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Pagination } from '../shared/pagination';
import type { PostWithTargets } from './post';

export async function getPost(deps: { uow: UnitOfWork }, actor: Actor, postId: string): Promise<PostWithTargets & { versions: Awaited<ReturnType<UnitOfWork['posts']['listVersions']>> }> {
  assertCan(actor.role, 'posts.read');
  const post = await deps.uow.posts.findById(actor.organizationId, postId);
  if (!post) throw AppError.notFound('Post');
  const [targets, versions] = await Promise.all([deps.uow.targets.listForPost(post.id), deps.uow.posts.listVersions(post.id)]);
  return { ...post, targets, versions };
}

/** The content library: filters, search and tags, newest first, each post with its targets. */
export async function listPosts(deps: { uow: UnitOfWork }, actor: Actor, filter: PostFilter, pagination: Pagination) {
  assertCan(actor.role, 'posts.read');
  const page = await deps.uow.posts.list(actor.organizationId, filter, pagination);
  const targets = await deps.uow.targets.listForPosts(page.items.map((post) => post.id));
  return { ...page, items: page.items.map((post) => ({ ...post, targets: targets.filter((target) => target.postId === post.id) })) };
}

/** Scheduled posts in a time window, for the calendar. */
export async function getCalendar(deps: { uow: UnitOfWork }, actor: Actor, window: { from: Date; to: Date; brandId?: string }) {
  assertCan(actor.role, 'posts.read');
  const posts = await deps.uow.posts.listScheduledBetween(actor.organizationId, window.from, window.to, window.brandId);
  const targets = await deps.uow.targets.listForPosts(posts.map((post) => post.id));
  return posts.map((post) => ({ ...post, targets: targets.filter((target) => target.postId === post.id) }));
}
