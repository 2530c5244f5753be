import { z } from 'zod';
import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { assertCan, can } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import type { PostRecord } from './post';
import { assertStatus, loadPostForUpdate } from './post-access';

export const rejectPostSchema = z.object({ comment: z.string().trim().min(1, 'Say what should change').max(2000) }).strict();

type Deps = { uow: UnitOfWork; clock: Clock };

async function transition(deps: Deps, actor: Actor, postId: string, action: string, change: (post: PostRecord) => Promise<Partial<PostRecord>>): Promise<PostRecord> {
  return deps.uow.transaction(async (repos) => {
    const before = await loadPostForUpdate(repos, actor, postId);
    const patch = await change(before);
    const after = await repos.posts.update(before.id, patch);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action,
      entityType: 'post',
      entityId: after.id,
      before: { status: before.status },
      after: { status: after.status, ...(after.reviewComment ? { reviewComment: after.reviewComment } : {}) },
    });
    return after;
  });
}

/**
 * Sends a draft for approval. When the organization does not require approval, or the author
 * may approve, the post is approved at once.
 */
export async function submitPost(deps: Deps, actor: Actor, postId: string): Promise<PostRecord> {
  assertCan(actor.role, 'posts.write');
  const organization = await deps.uow.organizations.findById(actor.organizationId);
  if (!organization) throw AppError.notFound('Organization');
  return transition(deps, actor, postId, 'post.submitted', async (post) => {
    assertStatus(post, ['draft', 'rejected'], 'submit');
    if (!post.text.trim() && post.mediaIds.length === 0) throw AppError.invalid([{ field: 'text', message: 'A post needs text or media' }]);
    const selfApproved = !organization.requireApproval || can(actor.role, 'posts.approve');
    return selfApproved
      ? { status: 'approved', reviewedByUserId: actor.userId, reviewedAt: deps.clock.now(), reviewComment: null }
      : { status: 'pending_approval', reviewComment: null };
  });
}

export async function approvePost(deps: Deps, actor: Actor, postId: string): Promise<PostRecord> {
  assertCan(actor.role, 'posts.approve');
  return transition(deps, actor, postId, 'post.approved', async (post) => {
    assertStatus(post, ['pending_approval'], 'approve');
    return { status: 'approved', reviewedByUserId: actor.userId, reviewedAt: deps.clock.now() };
  });
}

export async function rejectPost(deps: Deps, actor: Actor, postId: string, comment: string): Promise<PostRecord> {
  assertCan(actor.role, 'posts.approve');
  return transition(deps, actor, postId, 'post.rejected', async (post) => {
    assertStatus(post, ['pending_approval', 'approved'], 'reject');
    return { status: 'rejected', reviewedByUserId: actor.userId, reviewedAt: deps.clock.now(), reviewComment: comment };
  });
}
