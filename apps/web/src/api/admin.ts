import { apiRequest } from './http-client.ts';
import { paginated } from './schemas/common.ts';
import { auditLogEntrySchema } from './schemas/misc.ts';
import { outboxEmailSchema } from './schemas/outbox.ts';

export const auditLogPageSize = 25;
export const outboxPageSize = 25;

export function listAuditLogs(filters: { page: number; action?: string }) {
  return apiRequest('/admin/audit-logs', paginated(auditLogEntrySchema), {
    query: { page: filters.page, limit: auditLogPageSize, action: filters.action },
  });
}

/** The organization's mail and mail addressed to the caller, newest first (owners and admins). */
export function listOutbox(page: number) {
  return apiRequest('/admin/outbox', paginated(outboxEmailSchema), { query: { page, limit: outboxPageSize } });
}
