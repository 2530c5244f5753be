import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

/**
 * What the built-in Sandbox network "published". It lives in the database so every worker
 * process sees the same network. Like X, it does not deduplicate: a blind resend would post
 * twice, so the engine's own exactly-once logic is what the tests exercise.
 */
export const sandboxPosts = pgTable(
  'sandbox_posts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    text: text('text').notNull(),
    /** Kept to find a post after an unknown outcome, as one would scan a real timeline. */
    idempotencyKey: text('idempotency_key').notNull(),
    replyToId: text('reply_to_id'),
    mediaCount: integer('media_count').notNull().default(0),
    /** The labels the post was sent with; the simulated audience has tastes in tone and format. */
    tone: text('tone'),
    format: text('format'),
    createdAt: createdAt(),
  },
  (table) => [
    index('sandbox_posts_idempotency_idx').on(table.accountId, table.idempotencyKey),
    index('sandbox_posts_account_idx').on(table.accountId, table.createdAt),
  ],
);
