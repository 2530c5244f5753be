import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import { previewTargets, type TargetPreview } from './target-previews';

/**
 * What each target of a saved post will send — its effective text (split into numbered parts
 * when it goes out as a thread), its media — and every rule its platform would refuse it for.
 * Scheduling runs the same check, so a post that previews clean can be scheduled.
 */
export async function previewPost(deps: { uow: UnitOfWork }, actor: Actor, postId: string): Promise<TargetPreview[]> {
  assertCan(actor.role, 'posts.read');
  const post = await deps.uow.posts.findById(actor.organizationId, postId);
  if (!post) throw AppError.notFound('Post');
  return previewTargets(deps.uow, post, await deps.uow.targets.listForPost(post.id));
}
