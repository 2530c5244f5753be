import { z } from 'zod';
import type { Logger } from 'pino';
import { deliverTargets, type DeliveryDeps } from '@socialseed/core/publishing/deliver-targets';
import { PUBLISH_JOB } from '@socialseed/core/publishing/delivery-policy';
import { defineJob } from './job-definition';
import type { ServerContext } from '../server-context';

function deliveryDeps({ core }: ServerContext): DeliveryDeps {
  return {
    uow: core.uow,
    clock: core.clock,
    providers: core.providers,
    vault: core.vault,
    images: core.images,
    emails: core.emails,
    settings: core.settings,
  };
}

async function deliver(server: ServerContext, log: Logger, targetIds: string[]): Promise<void> {
  const outcomes = await deliverTargets(deliveryDeps(server), targetIds);
  // Failures are recorded on the targets; the log lines are for operators watching the worker.
  for (const [targetId, outcome] of outcomes) {
    if (outcome === 'failed' || outcome === 'held') log.warn({ targetId, outcome }, 'delivery attempt did not publish');
    else log.debug({ targetId, outcome }, 'delivery attempt');
  }
}

/**
 * Wakes delivery of targets. The target row, not the job, is the truth: delivery never throws for
 * platform failures (it records them and schedules the next attempt), so pg-boss's own retries
 * only cover crashes of this process.
 */
export const publishTargetJob = defineJob({
  name: PUBLISH_JOB,
  payload: z.object({ targetId: z.uuid() }),
  retry: { limit: 3, delaySeconds: 5, backoff: true },
  // pg-boss polls at most every 0.5 s per worker slot, so one process publishes at most
  // concurrency × batchSize per 0.5 s (4 × 100 → 800 posts/s; 4 × 25 capped it at 200). A
  // fetched batch is claimed, throttled and recorded together in a few statements, and its
  // targets are sent side by side.
  concurrency: 4,
  batchSize: 100,
  handler: ({ targetId }, run) => deliver(run.server, run.log, [targetId]),
  handleBatch: (payloads, run) => deliver(run.server, run.log, payloads.map((payload) => payload.targetId)),
});
