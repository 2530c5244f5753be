import { z } from 'zod';

/** The engagement sync job: on its cron for everyone, or on demand for one organization. */
export const ENGAGEMENT_SYNC_JOB = 'engagement.sync';

/**
 * A scheduled pass carries no data (every organization, only what is due); "Sync now" names the
 * organization and forces its tracked posts due.
 */
export const engagementSyncPayloadSchema = z.object({
  organizationId: z.uuid().nullable().default(null),
  force: z.boolean().default(false),
});
export type EngagementSyncPayload = z.infer<typeof engagementSyncPayloadSchema>;
