import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { brands } from './brands';
import { createdAt, instant } from './columns';
import { organizations } from './organizations';
import { users } from './users';

/**
 * One OAuth connection in progress: who started it, for which brand, and the PKCE verifier. The
 * platform sends the browser back with `state`; only its hash is stored, and it works once.
 */
export const oauthStates = pgTable(
  'oauth_states',
  {
    stateHash: text('state_hash').primaryKey(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id').notNull().references(() => brands.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    expiresAt: instant('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('oauth_states_expires_idx').on(table.expiresAt)],
);
