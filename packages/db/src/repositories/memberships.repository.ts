import { and, asc, count, eq } from 'drizzle-orm';
import type { MembershipsRepository } from '@socialseed/core/ports/repositories';
import type { MemberView, MembershipRecord } from '@socialseed/core/ports/entities';
import type { Executor } from '../client';
import { memberships, users } from '../schema/index';
import { countOf, offset, toPage } from './page';

function toRecord(row: typeof memberships.$inferSelect): MembershipRecord {
  return { id: row.id, organizationId: row.organizationId, userId: row.userId, role: row.role, createdAt: row.createdAt };
}

const memberColumns = {
  membership: memberships,
  name: users.name,
  email: users.email,
};

function toMember(row: { membership: typeof memberships.$inferSelect; name: string; email: string }): MemberView {
  return { ...toRecord(row.membership), name: row.name, email: row.email };
}

export function createMembershipsRepository(db: Executor): MembershipsRepository {
  return {
    async find(organizationId, userId) {
      const [row] = await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
      return row ? toRecord(row) : null;
    },
    async findById(organizationId, membershipId) {
      const [row] = await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.organizationId, organizationId), eq(memberships.id, membershipId)));
      return row ? toRecord(row) : null;
    },
    async findDefault(userId) {
      const [row] = await db
        .select()
        .from(memberships)
        .where(eq(memberships.userId, userId))
        .orderBy(asc(memberships.createdAt), asc(memberships.id))
        .limit(1);
      return row ? toRecord(row) : null;
    },
    async create(input) {
      const [row] = await db.insert(memberships).values(input).returning();
      if (!row) throw new Error('insert into memberships returned no row');
      return toRecord(row);
    },
    async updateRole(membershipId, role) {
      const [row] = await db
        .update(memberships)
        .set({ role, updatedAt: new Date() })
        .where(eq(memberships.id, membershipId))
        .returning();
      if (!row) throw new Error(`membership ${membershipId} vanished during update`);
      return toRecord(row);
    },
    async delete(membershipId) {
      await db.delete(memberships).where(eq(memberships.id, membershipId));
    },
    async countInOrganization(organizationId) {
      return countOf(await db.select({ count: count() }).from(memberships).where(eq(memberships.organizationId, organizationId)));
    },
    async countWithRole(organizationId, role) {
      const rows = await db
        .select({ count: count() })
        .from(memberships)
        .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, role)));
      return countOf(rows);
    },
    async listMembers(organizationId, pagination) {
      const rows = await db
        .select(memberColumns)
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.organizationId, organizationId))
        .orderBy(asc(memberships.createdAt), asc(memberships.id))
        .limit(pagination.limit)
        .offset(offset(pagination));
      const total = await this.countInOrganization(organizationId);
      return toPage(rows.map(toMember), total, pagination);
    },
    async findMember(organizationId, membershipId) {
      const [row] = await db
        .select(memberColumns)
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.organizationId, organizationId), eq(memberships.id, membershipId)));
      return row ? toMember(row) : null;
    },
  };
}
