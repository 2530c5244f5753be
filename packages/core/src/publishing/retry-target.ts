import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import { PUBLISH_JOB, queuePriority } from './delivery-policy';
import type { PostWithTargets } from './post';
import { loadPostForUpdate } from './post-access';
import { rollUpPostStatus } from './roll-up-status';

function conflict(message: string, userMessage: string, status: string): AppError {
  return new AppError('CONFLICT', { message, userMessage, details: { status } });
}

/**
 * Sends one delivery again after a person looked at why it stopped: a `failed` target, or a
 * `held` one whose account works again. It is due now (or at its scheduled time if still ahead),
 * with a fresh budget of attempts; its last error stays visible until the next attempt. The
 * target and its queue job are written in one transaction, and the post's status rolls up.
 */
export async function retryTarget(deps: { uow: UnitOfWork; clock: Clock }, actor: Actor, postId: string, targetId: string): Promise<PostWithTargets> {
  assertCan(actor.role, 'posts.schedule');
  return deps.uow.transaction(async (repos) => {
    const post = await loadPostForUpdate(repos, actor, postId);
    const target = await repos.targets.findById(targetId);
    if (!target || target.postId !== post.id) throw AppError.notFound('Target');
    if (target.status === 'held') {
      const account = await repos.socialAccounts.findById(actor.organizationId, target.socialAccountId);
      if (account?.status !== 'active') {
        throw conflict('The account still needs reconnecting', 'Reconnect the account first; its held posts then go out by themselves.', target.status);
      }
    } else if (target.status !== 'failed') {
      throw conflict(`Cannot retry a target that is ${target.status}`, `This delivery is ${target.status}; only failed or held deliveries can be retried.`, target.status);
    }
    const retried = await repos.targets.requeue(target.id, deps.clock.now());
    if (!retried) throw conflict('The target changed meanwhile', 'This delivery changed meanwhile; reload and try again.', target.status);
    await repos.jobs.enqueue([{ name: PUBLISH_JOB, data: { targetId: retried.id }, startAfter: retried.nextAttemptAt ?? deps.clock.now(), priority: queuePriority[post.priority] }]);
    const status = rollUpPostStatus(await repos.targets.countByStatus(post.id));
    const after = status && status !== post.status ? await repos.posts.update(post.id, { status }) : post;
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'post.target_retried',
      entityType: 'post',
      entityId: post.id,
      before: { targetId: target.id, status: target.status, attempts: target.attempts, lastErrorKind: target.lastErrorKind, lastErrorMessage: target.lastErrorMessage, postStatus: post.status },
      after: { targetId: target.id, status: retried.status, nextAttemptAt: retried.nextAttemptAt, postStatus: after.status },
    });
    return { ...after, targets: await repos.targets.listForPost(post.id) };
  });
}
