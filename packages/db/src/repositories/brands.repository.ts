import { and, count, desc, eq } from 'drizzle-orm';
import type { BrandsRepository } from '@socialseed/core/ports/repositories';
import type { BrandRecord } from '@socialseed/core/brands/brand';
import type { Executor } from '../client';
import { brands } from '../schema/index';
import { countOf, offset, toPage } from './page';

function toRecord(row: typeof brands.$inferSelect): BrandRecord {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    industry: row.industry as BrandRecord['industry'],
    status: row.status,
    onboardingStep: row.onboardingStep,
    logoMediaId: row.logoMediaId,
    colors: row.colors,
    pillars: row.pillars,
    tone: row.tone as BrandRecord['tone'],
    audience: row.audience as BrandRecord['audience'],
    voiceSamples: row.voiceSamples,
    preferences: row.preferences as BrandRecord['preferences'],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const inOrganization = (organizationId: string, id: string) =>
  and(eq(brands.organizationId, organizationId), eq(brands.id, id));

export function createBrandsRepository(db: Executor): BrandsRepository {
  return {
    async list(organizationId, pagination) {
      const rows = await db
        .select()
        .from(brands)
        .where(eq(brands.organizationId, organizationId))
        .orderBy(desc(brands.createdAt), desc(brands.id))
        .limit(pagination.limit)
        .offset(offset(pagination));
      const total = await db.select({ count: count() }).from(brands).where(eq(brands.organizationId, organizationId));
      return toPage(rows.map(toRecord), countOf(total), pagination);
    },
    async findById(organizationId, id) {
      const [row] = await db.select().from(brands).where(inOrganization(organizationId, id));
      return row ? toRecord(row) : null;
    },
    async findByIdForUpdate(organizationId, id) {
      const [row] = await db.select().from(brands).where(inOrganization(organizationId, id)).for('update');
      return row ? toRecord(row) : null;
    },
    async create(organizationId, createdByUserId, input) {
      const [row] = await db
        .insert(brands)
        .values({ name: '', industry: 'other', ...input, organizationId, createdByUserId })
        .returning();
      if (!row) throw new Error('insert into brands returned no row');
      return toRecord(row);
    },
    async update(organizationId, id, patch) {
      const [row] = await db
        .update(brands)
        .set({ ...patch, updatedAt: new Date() })
        .where(inOrganization(organizationId, id))
        .returning();
      if (!row) throw new Error(`brand ${id} vanished during update`);
      return toRecord(row);
    },
    async setStatus(organizationId, id, status) {
      const [row] = await db
        .update(brands)
        .set({ status, updatedAt: new Date() })
        .where(inOrganization(organizationId, id))
        .returning();
      if (!row) throw new Error(`brand ${id} vanished during status change`);
      return toRecord(row);
    },
    async delete(organizationId, id) {
      await db.delete(brands).where(inOrganization(organizationId, id));
    },
  };
}
