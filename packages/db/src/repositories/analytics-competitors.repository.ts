import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { CompetitorRecord, CompetitorsRepository } from '@socialseed/core/ports/analytics-repositories';
import type { Executor } from '../client';
import { competitorAccounts, competitorSnapshots } from '../schema/index';
import { countOf } from './page';

type CompetitorRow = typeof competitorAccounts.$inferSelect;

const withoutSnapshot = (row: CompetitorRow): CompetitorRecord => ({
  id: row.id,
  brandId: row.brandId,
  platform: row.platform,
  handle: row.handle,
  followers: null,
  postsCount: null,
  capturedAt: null,
  createdAt: row.createdAt,
});

/** Competitor accounts per brand; the engagement sync writes their snapshots, this reads the newest. */
export function createCompetitorsRepository(db: Executor): CompetitorsRepository {
  return {
    async list(organizationId, brandId) {
      const latest = db
        .select({ followers: competitorSnapshots.followers, postsCount: competitorSnapshots.postsCount, capturedAt: competitorSnapshots.capturedAt })
        .from(competitorSnapshots)
        .where(eq(competitorSnapshots.competitorId, competitorAccounts.id))
        .orderBy(desc(competitorSnapshots.capturedAt))
        .limit(1)
        .as('latest');
      const rows = await db
        .select({ competitor: competitorAccounts, followers: latest.followers, postsCount: latest.postsCount, capturedAt: latest.capturedAt })
        .from(competitorAccounts)
        .leftJoinLateral(latest, sql`true`)
        .where(and(eq(competitorAccounts.organizationId, organizationId), eq(competitorAccounts.brandId, brandId)))
        .orderBy(asc(competitorAccounts.createdAt), asc(competitorAccounts.id));
      return rows.map((row) => ({ ...withoutSnapshot(row.competitor), followers: row.followers, postsCount: row.postsCount, capturedAt: row.capturedAt }));
    },

    async countForBrand(organizationId, brandId) {
      return countOf(
        await db
          .select({ count: count() })
          .from(competitorAccounts)
          .where(and(eq(competitorAccounts.organizationId, organizationId), eq(competitorAccounts.brandId, brandId))),
      );
    },

    async create(input) {
      const [row] = await db.insert(competitorAccounts).values(input).onConflictDoNothing().returning();
      return row ? withoutSnapshot(row) : null;
    },

    async delete(organizationId, id) {
      const [row] = await db
        .delete(competitorAccounts)
        .where(and(eq(competitorAccounts.organizationId, organizationId), eq(competitorAccounts.id, id)))
        .returning();
      return row ? withoutSnapshot(row) : null;
    },
  };
}
