import { z } from 'zod';
import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../organizations/permissions';
import type { Repositories, UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import { PUBLISH_JOB, queuePriority } from './delivery-policy';
import type { PostRecord, PostWithTargets } from './post';
import { assertStatus, loadPostForUpdate } from './post-access';
import { assertTargetsPublishable, previewTargets } from './target-previews';

export const schedulePostSchema = z.object({ scheduledAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)) }).strict();

/** A little slack so "now" from a slow client is not refused as the past. */
const PAST_TOLERANCE_MS = 60_000;

/**
 * Schedules a post already locked in this transaction: refuses it when a platform would refuse
 * one of its targets, then writes the targets' schedule and their queue jobs together, so no
 * post is scheduled without its jobs and no job exists without its post. The caller checks the
 * post's status and audits.
 */
export async function scheduleLocked(repos: Repositories, post: PostRecord, when: Date, urgent: boolean): Promise<PostWithTargets> {
  const current = await repos.targets.listForPost(post.id);
  if (current.length === 0) {
    throw AppError.invalid([{ field: 'accountIds', message: 'Choose at least one account to publish to' }]);
  }
  assertTargetsPublishable(current, await previewTargets(repos, post, current));
  const targets = await repos.targets.setSchedule(post.id, when);
  const priority = urgent ? queuePriority.urgent : queuePriority[post.priority];
  await repos.jobs.enqueue(targets.map((target) => ({ name: PUBLISH_JOB, data: { targetId: target.id }, startAfter: when, priority })));
  const after = await repos.posts.update(post.id, { status: 'scheduled', scheduledAt: when });
  return { ...after, targets };
}

/** A time already gone (with a little slack for a slow client's "now"). */
export function isPast(when: Date, now: Date): boolean {
  return when.getTime() < now.getTime() - PAST_TOLERANCE_MS;
}

export function assertNotPast(when: Date, now: Date): void {
  if (isPast(when, now)) {
    throw AppError.invalid([{ field: 'scheduledAt', message: 'Must not be in the past' }]);
  }
}

/** Schedules an approved (or reschedules a scheduled) post at a time, or publishes it now. */
export async function schedulePost(
  deps: { uow: UnitOfWork; clock: Clock },
  actor: Actor,
  postId: string,
  scheduledAt: Date | 'now',
): Promise<PostWithTargets> {
  assertCan(actor.role, 'posts.schedule');
  const now = deps.clock.now();
  const when = scheduledAt === 'now' ? now : scheduledAt;
  assertNotPast(when, now);
  return deps.uow.transaction(async (repos) => {
    const post = await loadPostForUpdate(repos, actor, postId);
    assertStatus(post, ['approved', 'scheduled'], scheduledAt === 'now' ? 'publish' : 'schedule');
    const after = await scheduleLocked(repos, post, when, scheduledAt === 'now');
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: scheduledAt === 'now' ? 'post.publish_requested' : 'post.scheduled',
      entityType: 'post',
      entityId: post.id,
      before: { status: post.status, scheduledAt: post.scheduledAt },
      after: { status: after.status, scheduledAt: when },
    });
    return after;
  });
}

/** Stops a scheduled post: targets not yet sent are cancelled; ones already out stay out. */
export async function cancelPost(deps: { uow: UnitOfWork; clock: Clock }, actor: Actor, postId: string): Promise<PostWithTargets> {
  assertCan(actor.role, 'posts.schedule');
  return deps.uow.transaction(async (repos) => {
    const post = await loadPostForUpdate(repos, actor, postId);
    assertStatus(post, ['scheduled', 'publishing', 'approved', 'pending_approval', 'draft'], 'cancel');
    await repos.targets.cancelUnsent(post.id);
    const counts = await repos.targets.countByStatus(post.id);
    // What cancelling left alone has reached the platform, or is reaching it: a thread with parts
    // out stays retrying or held, to be finished rather than left half-posted.
    const sent = (counts.published ?? 0) + (counts.publishing ?? 0) + (counts.verifying ?? 0) + (counts.retrying ?? 0) + (counts.held ?? 0);
    const after = await repos.posts.update(post.id, { status: sent > 0 ? post.status : 'cancelled' });
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'post.cancelled',
      entityType: 'post',
      entityId: post.id,
      before: { status: post.status },
      after: { status: after.status },
    });
    return { ...after, targets: await repos.targets.listForPost(post.id) };
  });
}

/** Deletes a post that never went out (published posts are deleted on the platform first, later). */
export async function deletePost(deps: { uow: UnitOfWork }, actor: Actor, postId: string): Promise<void> {
  assertCan(actor.role, 'posts.write');
  await deps.uow.transaction(async (repos) => {
    const post = await loadPostForUpdate(repos, actor, postId);
    assertStatus(post, ['draft', 'pending_approval', 'approved', 'rejected', 'cancelled', 'failed'], 'delete');
    await repos.posts.delete(post.id);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'post.deleted',
      entityType: 'post',
      entityId: post.id,
      before: { status: post.status, text: post.text },
    });
  });
}
