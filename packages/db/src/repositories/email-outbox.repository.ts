import { and, count, desc, eq, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { EmailOutboxRepository } from '@socialseed/core/ports/repositories';
import type { OutboxEmailRecord } from '@socialseed/core/ports/entities';
import type { Pagination } from '@socialseed/core/shared/pagination';
import type { Executor } from '../client';
import { emailOutbox } from '../schema/index';
import { countOf, offset, toPage } from './page';

function toRecord(row: typeof emailOutbox.$inferSelect): OutboxEmailRecord {
  return {
    id: row.id,
    toAddress: row.toAddress,
    subject: row.subject,
    text: row.text,
    actionUrl: row.actionUrl,
    kind: row.kind,
    organizationId: row.organizationId,
    recipientUserId: row.recipientUserId,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    deliveredAt: row.deliveredAt,
  };
}

export function createEmailOutboxRepository(db: Executor): EmailOutboxRepository {
  async function listWhere(where: SQL | undefined, pagination: Pagination) {
    const rows = await db
      .select()
      .from(emailOutbox)
      .where(where)
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(pagination.limit)
      .offset(offset(pagination));
    const total = await db.select({ count: count() }).from(emailOutbox).where(where);
    return toPage(rows.map(toRecord), countOf(total), pagination);
  }

  return {
    async enqueue(email) {
      const [row] = await db.insert(emailOutbox).values(email).returning();
      if (!row) throw new Error('insert into email_outbox returned no row');
      return toRecord(row);
    },
    async findById(id) {
      const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
      return row ? toRecord(row) : null;
    },
    async claimForSending(id, now, until) {
      // One conditional UPDATE: of two workers racing for the same email, only one flips it.
      const rows = await db
        .update(emailOutbox)
        .set({ sendingUntil: until })
        .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'pending'), or(isNull(emailOutbox.sendingUntil), lte(emailOutbox.sendingUntil, now))))
        .returning({ id: emailOutbox.id });
      return rows.length === 1;
    },
    async markDelivered(id, status, now) {
      await db
        .update(emailOutbox)
        .set({ status, deliveredAt: now, sendingUntil: null, attempts: sql`${emailOutbox.attempts} + 1`, lastError: null })
        .where(eq(emailOutbox.id, id));
    },
    async markAttemptFailed(id, error, final) {
      await db
        .update(emailOutbox)
        .set({ attempts: sql`${emailOutbox.attempts} + 1`, lastError: error.slice(0, 2000), sendingUntil: null, ...(final ? { status: 'failed' as const } : {}) })
        .where(eq(emailOutbox.id, id));
    },
    list(pagination) {
      return listWhere(undefined, pagination);
    },
    listVisibleTo(organizationId, userId, pagination) {
      return listWhere(or(eq(emailOutbox.organizationId, organizationId), eq(emailOutbox.recipientUserId, userId)), pagination);
    },
  };
}
