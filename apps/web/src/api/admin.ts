import { apiRequest } from './http-client.ts';
import { paginated } from './schemas/common.ts';
import { auditLogEntrySchema } from './schemas/misc.ts';

export const auditLogPageSize = 25;

export function listAuditLogs(filters: { page: number; action?: string }) {
  return apiRequest('/admin/audit-logs', paginated(auditLogEntrySchema), {
    query: { page: filters.page, limit: auditLogPageSize, action: filters.action },
  });
}
