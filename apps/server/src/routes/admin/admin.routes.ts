import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAuditLogs } from '@socialseed/core/audit/list-audit-logs';
import { listOutbox } from '@socialseed/core/email/list-outbox';
import type { AuditLogView } from '@socialseed/core/ports/entities';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { paginationQuery } from '../../http/schemas';
import { auditLogPage, auditLogsQuery, outboxPage } from './admin.schema';

const tags = ['admin'];

const toAuditLogEntry = (log: AuditLogView) => ({
  id: log.id,
  action: log.action,
  entityType: log.entityType,
  entityId: log.entityId,
  // A deleted user leaves no email behind: the entry then shows no actor.
  actor: log.actorUserId && log.actorEmail ? { id: log.actorUserId, email: log.actorEmail } : null,
  ip: log.ip,
  userAgent: log.userAgent,
  oldValues: log.oldValues,
  newValues: log.newValues,
  createdAt: log.createdAt,
});

/** The admin console: the organization's audit trail and the outbox of unsent-by-SMTP emails. */
export function adminRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/audit-logs', { schema: { tags, querystring: auditLogsQuery, response: { 200: auditLogPage } } }, async (request) => {
      const actor = await authorize(context, request, 'audit.read');
      const { page, limit, action, actorUserId } = request.query;
      const logs = await listAuditLogs(context.core, actor, { action, actorUserId }, { page, limit });
      return { ...logs, items: logs.items.map(toAuditLogEntry) };
    });

    app.get('/outbox', { schema: { tags, querystring: paginationQuery, response: { 200: outboxPage } } }, async (request) => {
      const actor = await authorize(context, request, 'outbox.read');
      return listOutbox(context.core, actor, request.query);
    });
  };
}
