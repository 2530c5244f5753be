import { z } from 'zod';
import { deliverTarget } from '@socialseed/core/publishing/deliver-target';
import { PUBLISH_JOB } from '@socialseed/core/publishing/delivery-policy';
import { defineJob } from './job-definition';
import { notifyAccountNeedsReconnect } from '../publishing/notify-reconnect';

/**
 * Wakes delivery of one target. The target row, not the job, is the truth: the handler never
 * throws for platform failures (deliverTarget records them and schedules the next attempt), so
 * pg-boss's own retries only cover crashes of this process.
 */
export const publishTargetJob = defineJob({
  name: PUBLISH_JOB,
  payload: z.object({ targetId: z.uuid() }),
  retry: { limit: 3, delaySeconds: 5, backoff: true },
  // Up to 4 × 25 deliveries in flight per process, fetched in batches so a burst at 09:00 drains
  // at database speed rather than one poll per job.
  concurrency: 4,
  batchSize: 25,
  async handler({ targetId }, run) {
    const { core } = run.server;
    const outcome = await deliverTarget(
      {
        uow: core.uow,
        clock: core.clock,
        providers: core.providers,
        vault: core.vault,
        onAccountNeedsReconnect: (accountId, organizationId, reason) => notifyAccountNeedsReconnect(core, accountId, organizationId, reason),
      },
      targetId,
    );
    // Failures are recorded on the target; the log line is for operators watching the worker.
    if (outcome === 'failed' || outcome === 'held') run.log.warn({ targetId, outcome }, 'delivery attempt did not publish');
    else run.log.debug({ targetId, outcome }, 'delivery attempt');
  },
});
