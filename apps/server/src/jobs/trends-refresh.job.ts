import { refreshTrends } from '@socialseed/core/trends/refresh-trends';
import { TREND_REFRESH_JOB, trendRefreshPayloadSchema } from '@socialseed/core/trends/trend-jobs';
import { defineJob } from './job-definition';

/** Runs the trend pipeline for one organization (scheduled, or asked for with "Refresh now"). */
export const trendsRefreshJob = defineJob({
  name: TREND_REFRESH_JOB,
  payload: trendRefreshPayloadSchema,
  // The run row records a failure; a retry would find it finished and do nothing.
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  concurrency: 1,
  async handler(payload, run) {
    const outcome = await refreshTrends(run.server.core, payload);
    run.log.info({ organizationId: payload.organizationId, runId: outcome.runId, status: outcome.status }, 'trend refresh finished');
  },
});
