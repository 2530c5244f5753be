import { boolean, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';

export const organizations = pgTable(
  'organizations',
  {
    id: id(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    plan: text('plan', { enum: ['free', 'pro', 'enterprise'] }).notNull().default('free'),
    maxUsers: integer('max_users').notNull().default(10),
    maxSocialAccounts: integer('max_social_accounts').notNull().default(10),
    /** Whether editors' posts need a manager's approval before scheduling. */
    requireApproval: boolean('require_approval').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex('organizations_slug_key').on(table.slug)],
);
