import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, instant, updatedAt } from './columns';
import { organizations } from './organizations';
import { posts } from './posts';
import { socialAccounts } from './social-accounts';
import { targetStatuses, type ThreadPartProgress } from '@socialseed/core/publishing/post';

/** The domain owns the status vocabulary; the column enum follows it. */
export { targetStatuses } from '@socialseed/core/publishing/post';

/**
 * One post on one account: the unit of delivery. The row is the truth about a delivery; the
 * queue job only wakes a worker. A worker claims the row (scheduled → publishing) with a
 * conditional UPDATE, so two workers never publish the same target.
 */
export const postTargets = pgTable(
  'post_targets',
  {
    id: id(),
    postId: uuid('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    socialAccountId: uuid('social_account_id').notNull().references(() => socialAccounts.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    /** Platform-adapted text (null: the post's text). */
    text: text('text'),
    /** Per-target media (null: the post's media). */
    mediaIds: jsonb('media_ids').$type<string[] | null>(),
    /** Deliver a text too long for one post as a numbered thread (on request, per target). */
    asThread: boolean('as_thread').notNull().default(false),
    /**
     * Thread parts already accepted by the platform, in order. Written after each part so a
     * retry continues where delivery stopped and never sends a part twice.
     */
    threadProgress: jsonb('thread_progress').$type<ThreadPartProgress[] | null>(),
    status: text('status', { enum: targetStatuses }).notNull().default('pending'),
    scheduledAt: instant('scheduled_at'),
    nextAttemptAt: instant('next_attempt_at'),
    attempts: integer('attempts').notNull().default(0),
    /** Fresh per claim: only the claimant may record the outcome. */
    claimToken: uuid('claim_token'),
    claimedAt: instant('claimed_at'),
    firstAttemptAt: instant('first_attempt_at'),
    platformPostId: text('platform_post_id'),
    platformUrl: text('platform_url'),
    publishedAt: instant('published_at'),
    lastErrorKind: text('last_error_kind'),
    lastErrorMessage: text('last_error_message'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('post_targets_post_account_key').on(table.postId, table.socialAccountId),
    index('post_targets_due_idx').on(table.status, table.nextAttemptAt),
    index('post_targets_claimed_idx').on(table.status, table.claimedAt),
    // The engagement sync enrols recently published targets.
    index('post_targets_published_idx').on(table.publishedAt).where(sql`${table.status} = 'published'`),
  ],
);
