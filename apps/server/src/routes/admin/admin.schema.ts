import { z } from 'zod';
import { pageOf, paginationQuery, timestamp } from '../../http/schemas';

export const auditLogsQuery = paginationQuery.extend({
  action: z.string().trim().min(1).max(100).optional().describe('Exact action, e.g. brand.updated'),
  actorUserId: z.uuid().optional(),
});

const jsonObject = z.record(z.string(), z.unknown()).nullable();

export const auditLogEntry = z.object({
  id: z.uuid(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  actor: z.object({ id: z.uuid(), email: z.string() }).nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  oldValues: jsonObject,
  newValues: jsonObject,
  createdAt: timestamp,
});

export const outboxEmail = z.object({
  id: z.uuid(),
  toAddress: z.string(),
  subject: z.string(),
  kind: z.string(),
  status: z.enum(['pending', 'sent', 'logged', 'failed']),
  actionUrl: z.string().nullable().describe('The link the email carries; withheld for password resets'),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: timestamp,
  deliveredAt: timestamp.nullable(),
});

export const auditLogPage = pageOf(auditLogEntry);
export const outboxPage = pageOf(outboxEmail);
