import type { EmailTransport } from '@socialseed/core/email/deliver-email';
import type { JobDefinition } from './job-definition';
import { emailSendJob } from './email-send.job';
import { emailSweepJob, type PendingEmailFinder } from './email-sweep.job';
import { publishSweepJob } from './publish-sweep.job';
import { publishTargetJob } from './publish-target.job';
import { trendsRefreshJob } from './trends-refresh.job';
import { trendsScheduleJob } from './trends-schedule.job';
import { engagementSyncJob } from './engagement-sync.job';
import { learningRetrainJob } from './learning-retrain.job';
import { learningScheduleJob } from './learning-schedule.job';

/** Every job this codebase runs, in one list: queues, retries and schedules are derived from it. */
export function allJobs(deps: { emailTransport: EmailTransport | null; findStalePendingEmails: PendingEmailFinder; trendsCron?: string; learningCron?: string; engagementCron?: string }): JobDefinition[] {
  return [
    emailSendJob(deps.emailTransport),
    emailSweepJob(deps.findStalePendingEmails),
    publishTargetJob,
    publishSweepJob,
    trendsRefreshJob,
    trendsScheduleJob(deps.trendsCron ?? '0 */6 * * *'),
    engagementSyncJob(deps.engagementCron ?? '15 * * * *'),
    learningRetrainJob,
    learningScheduleJob(deps.learningCron ?? '5 * * * *'),
  ] as JobDefinition[];
}
