import crypto from 'node:crypto';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import { ENGAGEMENT_SYNC_JOB, type EngagementSyncPayload } from './engagement-jobs';

/**
 * "Sync now" for the actor's organization: queues an `engagement.sync` job that makes its tracked
 * posts due (those not fetched in the last few minutes) and measures them, and answers the job's
 * id. The pass itself still goes through the platforms' rate limits, so asking often is harmless.
 */
export async function requestEngagementSync(deps: { uow: UnitOfWork }, actor: Actor): Promise<{ jobId: string }> {
  assertCan(actor.role, 'posts.write');
  const jobId = crypto.randomUUID();
  const data: EngagementSyncPayload = { organizationId: actor.organizationId, force: true };
  await deps.uow.jobs.enqueue([{ id: jobId, name: ENGAGEMENT_SYNC_JOB, data }]);
  return { jobId };
}
