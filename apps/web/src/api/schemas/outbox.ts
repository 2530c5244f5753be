import { z } from 'zod';

/** Statuses the server uses today; others are shown as they come rather than rejected. */
export const outboxStatuses = ['pending', 'sent', 'logged', 'failed'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/**
 * One email of `GET /admin/outbox`. Only what the page reads is required; fields the server
 * may add or drop (organizationId, recipientUserId) are optional and the rest is ignored.
 */
export const outboxEmailSchema = z.object({
  id: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  kind: z.string(),
  status: z.string(),
  /** Null when withheld: password-reset links never leave the server log. */
  actionUrl: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  organizationId: z.string().nullish(),
  recipientUserId: z.string().nullish(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;
