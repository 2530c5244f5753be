import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { AuditLogsRepository } from '@socialseed/core/ports/repositories';
import type { Executor } from '../client';
import { auditLogs, users } from '../schema/index';
import { countOf, offset, toPage } from './page';

export function createAuditLogsRepository(db: Executor): AuditLogsRepository {
  return {
    async record(entry) {
      await db.insert(auditLogs).values(entry);
    },
    async list(organizationId, filter, pagination) {
      const conditions: SQL[] = [eq(auditLogs.organizationId, organizationId)];
      if (filter.action) conditions.push(eq(auditLogs.action, filter.action));
      if (filter.actorUserId) conditions.push(eq(auditLogs.actorUserId, filter.actorUserId));
      const where = and(...conditions);
      const rows = await db
        .select({ log: auditLogs, actorEmail: users.email })
        .from(auditLogs)
        .leftJoin(users, eq(users.id, auditLogs.actorUserId))
        .where(where)
        .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
        .limit(pagination.limit)
        .offset(offset(pagination));
      const total = await db.select({ count: count() }).from(auditLogs).where(where);
      const items = rows.map(({ log, actorEmail }) => ({ ...log, actorEmail }));
      return toPage(items, countOf(total), pagination);
    },
  };
}
