import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { SocialAccountsRepository } from '@socialseed/core/ports/publishing-repositories';
import type { SocialAccountRecord } from '@socialseed/core/publishing/social-account';
import type { Platform } from '@socialseed/core/publishing/platforms';
import type { Executor } from '../client';
import { postTargets, socialAccounts } from '../schema/index';
import { countOf, offset, toPage } from './page';

function toRecord(row: typeof socialAccounts.$inferSelect): SocialAccountRecord {
  return { ...row, platform: row.platform as Platform };
}

export function createSocialAccountsRepository(db: Executor): SocialAccountsRepository {
  return {
    async upsert(input) {
      const [row] = await db
        .insert(socialAccounts)
        .values(input)
        .onConflictDoUpdate({
          target: [socialAccounts.organizationId, socialAccounts.platform, socialAccounts.baseUrl, socialAccounts.platformAccountId],
          // Reconnecting an account refreshes its identity and credentials and clears its trouble.
          set: {
            brandId: input.brandId,
            handle: input.handle,
            displayName: input.displayName,
            encryptedCredentials: input.encryptedCredentials,
            tokenExpiresAt: input.tokenExpiresAt,
            // A server that did not announce its limits this time keeps the ones it announced before.
            instanceLimits: sql`COALESCE(excluded.instance_limits, ${socialAccounts.instanceLimits})`,
            lastSyncedAt: sql`COALESCE(excluded.last_synced_at, ${socialAccounts.lastSyncedAt})`,
            status: 'active',
            lastError: null,
            lastErrorAt: null,
            reconnectNotifiedAt: null,
            updatedAt: new Date(),
          },
        })
        .returning();
      if (!row) throw new Error('upsert into social_accounts returned no row');
      return toRecord(row);
    },
    async findById(organizationId, id) {
      const [row] = await db.select().from(socialAccounts).where(and(eq(socialAccounts.organizationId, organizationId), eq(socialAccounts.id, id)));
      return row ? toRecord(row) : null;
    },
    async findByIdAnyOrganization(id) {
      const [row] = await db.select().from(socialAccounts).where(eq(socialAccounts.id, id));
      return row ? toRecord(row) : null;
    },
    async list(organizationId, filter, pagination) {
      const conditions: SQL[] = [eq(socialAccounts.organizationId, organizationId)];
      if (filter.brandId) conditions.push(eq(socialAccounts.brandId, filter.brandId));
      const where = and(...conditions);
      const rows = await db.select().from(socialAccounts).where(where).orderBy(asc(socialAccounts.createdAt)).limit(pagination.limit).offset(offset(pagination));
      const total = await db.select({ count: count() }).from(socialAccounts).where(where);
      return toPage(rows.map(toRecord), countOf(total), pagination);
    },
    async delete(organizationId, id) {
      await db.delete(socialAccounts).where(and(eq(socialAccounts.organizationId, organizationId), eq(socialAccounts.id, id)));
    },
    async saveCredentials(id, encryptedCredentials, tokenExpiresAt, expected) {
      const where = expected === undefined ? eq(socialAccounts.id, id) : and(eq(socialAccounts.id, id), eq(socialAccounts.encryptedCredentials, expected));
      const rows = await db.update(socialAccounts).set({ encryptedCredentials, tokenExpiresAt, updatedAt: new Date() }).where(where).returning({ id: socialAccounts.id });
      return rows.length === 1;
    },
    async lockCredentials(id) {
      // An advisory lock, not a row lock: deliveries, syncs and new targets keep writing the
      // account row (or referencing it) while a refresh is on the wire.
      await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`account-credentials:${id}`}, 0))`);
      const [row] = await db.select({ encryptedCredentials: socialAccounts.encryptedCredentials }).from(socialAccounts).where(eq(socialAccounts.id, id));
      return row?.encryptedCredentials ?? null;
    },
    async markNeedsReconnect(id, error, now) {
      const rows = await db
        .update(socialAccounts)
        .set({ status: 'needs_reconnect', lastError: error.slice(0, 1000), lastErrorAt: now, reconnectNotifiedAt: now, updatedAt: now })
        .where(and(eq(socialAccounts.id, id), eq(socialAccounts.status, 'active')))
        .returning({ id: socialAccounts.id });
      return rows.length === 1;
    },
    async recordSync(organizationId, id, sync) {
      const patch = {
        handle: sync.handle,
        displayName: sync.displayName,
        instanceLimits: sync.instanceLimits,
        lastSyncedAt: sync.syncedAt,
        status: 'active' as const,
        lastError: null,
        lastErrorAt: null,
        reconnectNotifiedAt: null,
        updatedAt: sync.syncedAt,
      };
      const update = (from: SocialAccountRecord['status']) =>
        db
          .update(socialAccounts)
          .set(patch)
          .where(and(eq(socialAccounts.organizationId, organizationId), eq(socialAccounts.id, id), eq(socialAccounts.status, from)))
          .returning();
      // Each UPDATE is conditional on the status it replaces, so exactly one call reports the flip
      // from needs_reconnect, even when a worker flags the account between the two statements
      // (then the second round catches it).
      for (let round = 0; round < 2; round++) {
        const [reactivated] = await update('needs_reconnect');
        if (reactivated) return { account: toRecord(reactivated), reactivated: true };
        const [active] = await update('active');
        if (active) return { account: toRecord(active), reactivated: false };
      }
      return null;
    },
    async countTargetsByStatus(organizationId, id) {
      const rows = await db
        .select({ status: postTargets.status, count: count() })
        .from(postTargets)
        .where(and(eq(postTargets.organizationId, organizationId), eq(postTargets.socialAccountId, id)))
        .groupBy(postTargets.status);
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
    },
  };
}

/** Row mapping shared with the delivery batch repository. */
export { toRecord as toSocialAccountRecord };
