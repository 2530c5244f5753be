import type { UnitOfWork } from '../ports/repositories';
import type { Clock } from '../shared/clock';
import type { CoreSettings } from '../deps';
import { PUBLISH_JOB, queuePriority } from './delivery-policy';

/**
 * Targets overdue by this much are assumed to have lost their job (queue wiped, job expired …).
 * Generous, because during a burst many due targets are simply still queued: waking them again
 * is harmless (only one claim wins) but adds load.
 */
export const OVERDUE_GRACE_MS = 2 * 60_000;
const BATCH = 500;

/**
 * The safety net under the queue, run every minute by one worker at a time: claims left by dead
 * workers become `verifying` (their outcome is unknown), and every due target gets a fresh job.
 * Duplicate jobs are harmless — only one can claim a target — so this can err on the side of
 * waking too much.
 */
export async function sweepDeliveries(deps: { uow: UnitOfWork; clock: Clock; settings: Pick<CoreSettings, 'delivery'> }): Promise<{ abandoned: number; requeued: number }> {
  const now = deps.clock.now();
  const abandoned = await deps.uow.targets.releaseAbandoned(new Date(now.getTime() - deps.settings.delivery.claimLeaseMs));
  const overdue = await deps.uow.targets.listOverdue(new Date(now.getTime() - deps.settings.delivery.overdueGraceMs), BATCH);
  const due = [...new Map([...abandoned, ...overdue].map((target) => [target.id, target])).values()];
  await deps.uow.jobs.enqueue(due.map((target) => ({ name: PUBLISH_JOB, data: { targetId: target.id }, priority: queuePriority.urgent })));
  return { abandoned: abandoned.length, requeued: due.length };
}
