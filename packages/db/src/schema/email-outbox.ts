import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, instant } from './columns';
import { organizations } from './organizations';
import { users } from './users';

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
    /** The organization an email belongs to (invitations); its admins may read it in the outbox. */
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    /** The account an email is addressed to (verification, reset); only that user may read it. */
    recipientUserId: uuid('recipient_user_id').references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'sent', 'logged', 'failed'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: instant('delivered_at'),
    /** While in the future, one worker is sending this email and no other may start. */
    sendingUntil: instant('sending_until'),
  },
  (table) => [
    index('email_outbox_status_idx').on(table.status, table.createdAt),
    index('email_outbox_org_idx').on(table.organizationId, table.createdAt),
    index('email_outbox_recipient_idx').on(table.recipientUserId, table.createdAt),
  ],
);
