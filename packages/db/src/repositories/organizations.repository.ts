import { asc, count, eq } from 'drizzle-orm';
import type { OrganizationsRepository } from '@socialseed/core/ports/repositories';
import type { OrganizationRecord } from '@socialseed/core/ports/entities';
import type { Executor } from '../client';
import { memberships, organizations } from '../schema/index';
import { countOf, offset, toPage } from './page';

function toRecord(row: typeof organizations.$inferSelect): OrganizationRecord {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    plan: row.plan,
    maxUsers: row.maxUsers,
    maxSocialAccounts: row.maxSocialAccounts,
    requireApproval: row.requireApproval,
    createdAt: row.createdAt,
  };
}

export function createOrganizationsRepository(db: Executor): OrganizationsRepository {
  return {
    async findById(id) {
      const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
      return row ? toRecord(row) : null;
    },
    async slugExists(slug) {
      const rows = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug));
      return rows.length > 0;
    },
    async create(input) {
      const [row] = await db.insert(organizations).values(input).returning();
      if (!row) throw new Error('insert into organizations returned no row');
      return toRecord(row);
    },
    async update(id, patch) {
      const [row] = await db
        .update(organizations)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(organizations.id, id))
        .returning();
      if (!row) throw new Error(`organization ${id} vanished during update`);
      return toRecord(row);
    },
    async listForUser(userId, pagination) {
      const rows = await db
        .select({ organization: organizations, role: memberships.role })
        .from(memberships)
        .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
        .where(eq(memberships.userId, userId))
        .orderBy(asc(memberships.createdAt), asc(memberships.id))
        .limit(pagination.limit)
        .offset(offset(pagination));
      const total = await db.select({ count: count() }).from(memberships).where(eq(memberships.userId, userId));
      const items = rows.map(({ organization, role }) => ({
        id: organization.id,
        name: organization.name,
        slug: organization.slug,
        plan: organization.plan,
        role,
      }));
      return toPage(items, countOf(total), pagination);
    },
  };
}
