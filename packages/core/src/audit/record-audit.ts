import type { Repositories } from '../ports/repositories';
import type { RequestOrigin } from '../shared/actor';
import { redactSecrets } from './redact';

export interface AuditEvent {
  organizationId: string | null;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: object | null;
  after?: object | null;
}

function asRecord(value: object | null | undefined): Record<string, unknown> | null {
  return value ? (redactSecrets(value) as Record<string, unknown>) : null;
}

/**
 * Writes one audit row with secrets redacted. Call it with the repositories of the same
 * transaction as the mutation, so a change and its audit entry land together or not at all.
 */
export async function recordAudit(repos: Pick<Repositories, 'auditLogs'>, origin: RequestOrigin, event: AuditEvent): Promise<void> {
  await repos.auditLogs.record({
    organizationId: event.organizationId,
    actorUserId: event.actorUserId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    ip: origin.ip,
    userAgent: origin.userAgent,
    requestId: origin.requestId,
    oldValues: asRecord(event.before),
    newValues: asRecord(event.after),
  });
}
