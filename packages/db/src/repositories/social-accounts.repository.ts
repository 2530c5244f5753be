import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { SocialAccountsRepository } from '@socialseed/core/ports/publishing-repositories';
import type { SocialAccountRecord } from '@socialseed/core/publishing/social-account';
import type { Platform } from '@socialseed/core/publishing/platforms';
import type { Executor } from '../client';
import { socialAccounts } from '../schema/index';
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
    async saveCredentials(id, encryptedCredentials, tokenExpiresAt) {
      await db.update(socialAccounts).set({ encryptedCredentials, tokenExpiresAt, updatedAt: new Date() }).where(eq(socialAccounts.id, id));
    },
    async markNeedsReconnect(id, error, now) {
      const rows = await db
        .update(socialAccounts)
        .set({ status: 'needs_reconnect', lastError: error.slice(0, 1000), lastErrorAt: now, reconnectNotifiedAt: now, updatedAt: now })
        .where(and(eq(socialAccounts.id, id), eq(socialAccounts.status, 'active')))
        .returning({ id: socialAccounts.id });
      return rows.length === 1;
    },
  };
}
