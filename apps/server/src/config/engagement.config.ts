import { z } from 'zod';

/** The engagement sync (docs/configuration.md, "Engagement tracking"). */
export const engagementConfigShape = {
  /**
   * When the engagement sync runs (cron, UTC). Each run measures only what is due, so running it
   * hourly is what keeps new posts on their hourly slots; a slower cron measures them less often.
   */
  ENGAGEMENT_SYNC_CRON: z.string().regex(/^(\S+\s+){4}\S+$/, 'Five cron fields, e.g. 15 * * * *').default('15 * * * *'),
  /** Hours between measurements of a post after its first day (hourly during the first day; none after 30 days). */
  ENGAGEMENT_SYNC_INTERVAL_HOURS: z.coerce.number().int().min(1).max(24).default(4),
};
