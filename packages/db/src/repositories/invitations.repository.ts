import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { InvitationsRepository } from '@socialseed/core/ports/repositories';
import type { InvitationRecord } from '@socialseed/core/ports/entities';
import type { Executor } from '../client';
import { invitations } from '../schema/index';
import { countOf, offset, toPage } from './page';

function toRecord(row: typeof invitations.$inferSelect): InvitationRecord {
  return {
    id: row.id,
    organizationId: row.organizationId,
    email: row.email,
    role: row.role,
    invitedByUserId: row.invitedByUserId,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
    revokedAt: row.revokedAt,
    createdAt: row.createdAt,
  };
}

const pending = (now: Date) =>
  and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now));

export function createInvitationsRepository(db: Executor): InvitationsRepository {
  return {
    async create(input) {
      const [row] = await db.insert(invitations).values(input).returning();
      if (!row) throw new Error('insert into invitations returned no row');
      return toRecord(row);
    },
    async findPendingByTokenHash(tokenHash, now) {
      const [row] = await db.select().from(invitations).where(and(eq(invitations.tokenHash, tokenHash), pending(now)));
      return row ? toRecord(row) : null;
    },
    async findPendingByEmail(organizationId, email, now) {
      const [row] = await db
        .select()
        .from(invitations)
        .where(and(eq(invitations.organizationId, organizationId), sql`lower(${invitations.email}) = lower(${email})`, pending(now)));
      return row ? toRecord(row) : null;
    },
    async findById(organizationId, id) {
      const [row] = await db
        .select()
        .from(invitations)
        .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, id)));
      return row ? toRecord(row) : null;
    },
    async listPending(organizationId, now, pagination) {
      const where = and(eq(invitations.organizationId, organizationId), pending(now));
      const rows = await db
        .select()
        .from(invitations)
        .where(where)
        .orderBy(desc(invitations.createdAt))
        .limit(pagination.limit)
        .offset(offset(pagination));
      const total = await db.select({ count: count() }).from(invitations).where(where);
      return toPage(rows.map(toRecord), countOf(total), pagination);
    },
    async countPending(organizationId, now) {
      const rows = await db
        .select({ count: count() })
        .from(invitations)
        .where(and(eq(invitations.organizationId, organizationId), pending(now)));
      return countOf(rows);
    },
    async markAccepted(id, now) {
      await db.update(invitations).set({ acceptedAt: now }).where(eq(invitations.id, id));
    },
    async revoke(id, now) {
      await db.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, id));
    },
  };
}
