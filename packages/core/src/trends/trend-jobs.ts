import { z } from 'zod';

/** The pg-boss job that runs the pipeline for one organization (apps/server/src/jobs/trends-refresh.job.ts). */
export const TREND_REFRESH_JOB = 'trends.refresh';

export const trendRefreshPayloadSchema = z.object({
  organizationId: z.string().uuid(),
  /** Set when someone asked (the run row exists already); the schedule creates its own. */
  runId: z.string().uuid().nullable().default(null),
  forced: z.boolean().default(false),
});

export type TrendRefreshPayload = z.infer<typeof trendRefreshPayloadSchema>;
