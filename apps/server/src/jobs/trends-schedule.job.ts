import { z } from 'zod';
import { TREND_REFRESH_JOB } from '@socialseed/core/trends/trend-jobs';
import { defineJob } from './job-definition';

/**
 * On the configured cron: one refresh job per organization with brands. The singleton key keeps
 * a slow organization from piling up runs; each run skips itself when the last one is fresh.
 */
export function trendsScheduleJob(cron: string) {
  return defineJob({
    name: 'trends.schedule',
    payload: z.object({}).passthrough(),
    retry: { limit: 0, delaySeconds: 0, backoff: false },
    cron,
    async handler(_payload, run) {
      const organizations = await run.server.core.uow.trendRuns.organizationsWithBrands();
      await run.server.core.uow.jobs.enqueue(
        organizations.map((organizationId) => ({ name: TREND_REFRESH_JOB, data: { organizationId, runId: null, forced: false }, singletonKey: `trends:${organizationId}` })),
      );
    },
  });
}
