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
  concurrency: 8,
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
    run.log.info({ targetId, outcome }, 'delivery attempt');
  },
});
