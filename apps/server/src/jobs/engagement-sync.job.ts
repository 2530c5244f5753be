import { ENGAGEMENT_SYNC_JOB, engagementSyncPayloadSchema } from '@socialseed/core/engagement/engagement-jobs';
import { syncEngagement } from '@socialseed/core/engagement/sync-engagement';
import { defineJob } from './job-definition';

/**
 * On its cron (ENGAGEMENT_SYNC_CRON, hourly by default): one pass over every due post, account
 * audience and competitor; on demand ("Sync now"): the same for one organization, its posts made
 * due first. No retries: rows a failed pass claimed come back when their lease lapses, and the
 * next pass measures them.
 */
export function engagementSyncJob(cron: string) {
  return defineJob({
    name: ENGAGEMENT_SYNC_JOB,
    payload: engagementSyncPayloadSchema,
    retry: { limit: 0, delaySeconds: 0, backoff: false },
    concurrency: 1,
    cron,
    async handler(payload, run) {
      const summary = await syncEngagement(run.server.core, {
        intervalHours: run.server.config.ENGAGEMENT_SYNC_INTERVAL_HOURS,
        ...(payload.organizationId ? { organizationId: payload.organizationId, force: payload.force } : {}),
      });
      const { brandIds, problems, ...counts } = summary;
      run.log.info({ ...counts, brands: brandIds.length, organizationId: payload.organizationId }, 'engagement sync finished');
      if (problems.length > 0) run.log.warn({ problems: [...new Set(problems)].slice(0, 20) }, 'engagement sync left some posts for later');
    },
  });
}
