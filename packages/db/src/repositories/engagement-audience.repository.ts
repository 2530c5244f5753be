import { and, asc, eq, inArray, notExists, sql, type SQL } from 'drizzle-orm';
import type { AudienceSnapshotsRepository, CompetitorToRead } from '@socialseed/core/ports/engagement-repositories';
import type { Platform } from '@socialseed/core/publishing/platforms';
import type { Executor } from '../client';
import { accountSnapshots, competitorSnapshots, socialAccounts } from '../schema/index';
import { toSocialAccountRecord } from './social-accounts.repository';

const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

/** Account and competitor audience snapshots: written by the engagement sync, one per hour at most. */
export function createEngagementAudienceRepository(db: Executor): AudienceSnapshotsRepository {
  return {
    async accountsToSnapshot(hour, scope, limit) {
      if (scope.socialAccountIds?.length === 0) return [];
      const conditions: SQL[] = [eq(socialAccounts.status, 'active')];
      if (scope.organizationId) conditions.push(eq(socialAccounts.organizationId, scope.organizationId));
      if (scope.socialAccountIds) conditions.push(inArray(socialAccounts.id, scope.socialAccountIds));
      const taken = db
        .select({ one: sql`1` })
        .from(accountSnapshots)
        .where(and(eq(accountSnapshots.socialAccountId, socialAccounts.id), eq(accountSnapshots.capturedHour, hour)));
      const rows = await db
        .select()
        .from(socialAccounts)
        .where(and(...conditions, notExists(taken)))
        .orderBy(asc(socialAccounts.id))
        .limit(limit);
      return rows.map(toSocialAccountRecord);
    },

    async insertAccountSnapshot(socialAccountId, organizationId, snapshot) {
      const rows = await db
        .insert(accountSnapshots)
        .values({ socialAccountId, organizationId, ...snapshot })
        .onConflictDoNothing({ target: [accountSnapshots.socialAccountId, accountSnapshots.capturedHour] })
        .returning({ id: accountSnapshots.id });
      return rows.length === 1;
    },

    async latestFollowers(socialAccountIds, asOf) {
      const followers = new Map<string, number | null>(socialAccountIds.map((id) => [id, null]));
      if (socialAccountIds.length === 0) return followers;
      // The latest snapshot that knew the count: one that came back without it does not erase it.
      const result = await db.execute<{ social_account_id: string; followers: number }>(sql`
        SELECT DISTINCT ON (social_account_id) social_account_id, followers
        FROM account_snapshots
        WHERE social_account_id = ANY(${sql.param(socialAccountIds)}::uuid[]) AND captured_at <= ${at(asOf)} AND followers IS NOT NULL
        ORDER BY social_account_id, captured_at DESC`);
      for (const row of result.rows) followers.set(row.social_account_id, Number(row.followers));
      return followers;
    },

    async competitorsToSnapshot(hour, scope, limit) {
      const organization = scope.organizationId ? sql`AND c.organization_id = ${scope.organizationId}::uuid` : sql``;
      // The brand's oldest active account on the competitor's platform reads it; without one, nobody can.
      const result = await db.execute<{ id: string; organization_id: string; brand_id: string; platform: string; handle: string; reader_account_id: string }>(sql`
        SELECT c.id, c.organization_id, c.brand_id, c.platform, c.handle, reader.id AS reader_account_id
        FROM competitor_accounts c
        JOIN LATERAL (
          SELECT a.id FROM social_accounts a
          WHERE a.brand_id = c.brand_id AND a.platform = c.platform AND a.status = 'active'
          ORDER BY a.created_at, a.id LIMIT 1
        ) AS reader ON TRUE
        WHERE NOT EXISTS (SELECT 1 FROM competitor_snapshots s WHERE s.competitor_id = c.id AND s.captured_hour = ${at(hour)}) ${organization}
        ORDER BY c.id
        LIMIT ${limit}`);
      return result.rows.map(
        (row): CompetitorToRead => ({ id: row.id, organizationId: row.organization_id, brandId: row.brand_id, platform: row.platform as Platform, handle: row.handle, readerAccountId: row.reader_account_id }),
      );
    },

    async insertCompetitorSnapshot(competitorId, snapshot) {
      const rows = await db
        .insert(competitorSnapshots)
        .values({ competitorId, ...snapshot })
        .onConflictDoNothing({ target: [competitorSnapshots.competitorId, competitorSnapshots.capturedHour] })
        .returning({ id: competitorSnapshots.id });
      return rows.length === 1;
    },
  };
}
