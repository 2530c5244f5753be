import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, instant } from './columns';

/**
 * Every email is written here first, then delivered by the `email.send` job (SMTP) or, with no
 * SMTP configured, logged with its link so a self-hoster without mail can finish the flow.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    /** The action link, kept apart so it can be shown in the log and the admin outbox. */
    actionUrl: text('action_url'),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'logged', 'failed'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: instant('delivered_at'),
  },
  (table) => [index('email_outbox_status_idx').on(table.status, table.createdAt)],
);
