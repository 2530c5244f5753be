import { z } from 'zod';
import { sweepDeliveries } from '@socialseed/core/publishing/sweep-deliveries';
import { defineJob } from './job-definition';

/** Every minute: recover targets of dead workers and re-wake due targets that lost their job. */
export const publishSweepJob = defineJob({
  name: 'publish.sweep',
  payload: z.object({}).passthrough(),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  cron: '* * * * *',
  async handler(_payload, run) {
    const result = await sweepDeliveries(run.server.core);
    if (result.requeued > 0) run.log.warn(result, 'publish sweep re-woke targets');
  },
});
