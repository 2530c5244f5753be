import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { MastodonInstanceLimits } from '@socialseed/core/publishing/rules/mastodon-limits';
import { brands } from './brands';
import { createdAt, id, instant, updatedAt } from './columns';
import { organizations } from './organizations';

/**
 * A brand's account on one platform. Credentials are stored only encrypted (AES-256-GCM, see
 * token-cipher in the server); `status` says whether posts can go out through it.
 */
export const socialAccounts = pgTable(
  'social_accounts',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id').notNull().references(() => brands.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    platformAccountId: text('platform_account_id').notNull(),
    handle: text('handle').notNull(),
    displayName: text('display_name').notNull(),
    baseUrl: text('base_url').notNull(),
    encryptedCredentials: text('encrypted_credentials').notNull(),
    tokenExpiresAt: instant('token_expires_at'),
    status: text('status', { enum: ['active', 'needs_reconnect'] }).notNull().default('active'),
    lastError: text('last_error'),
    lastErrorAt: instant('last_error_at'),
    /** Set once when the account needs its owner, so they are told once, not per post. */
    reconnectNotifiedAt: instant('reconnect_notified_at'),
    /** What the account's server announced about its limits (Mastodon instances differ); null until synced. */
    instanceLimits: jsonb('instance_limits').$type<MastodonInstanceLimits | null>(),
    lastSyncedAt: instant('last_synced_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('social_accounts_identity_key').on(table.organizationId, table.platform, table.baseUrl, table.platformAccountId),
    index('social_accounts_brand_idx').on(table.brandId),
  ],
);
