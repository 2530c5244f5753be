import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { brands } from './brands';
import { createdAt, id, instant, updatedAt } from './columns';
import { organizations } from './organizations';
import { users } from './users';
import { postStatuses, type PostProvenance } from '@socialseed/core/publishing/post';
import type { PostLabels } from '@socialseed/core/learning/post-labels';

/** The domain owns the status vocabulary; the column enum follows it. */
export { postStatuses } from '@socialseed/core/publishing/post';

/** Where AI-written copy came from (filled by the AI studio); the domain owns the shape. */
export type PostProvenanceColumn = PostProvenance;

export const posts = pgTable(
  'posts',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id').notNull().references(() => brands.id, { onDelete: 'cascade' }),
    status: text('status', { enum: postStatuses }).notNull().default('draft'),
    text: text('text').notNull(),
    mediaIds: jsonb('media_ids').$type<string[]>().notNull().default([]),
    tags: text('tags').array().notNull().default([]),
    provenance: jsonb('provenance').$type<PostProvenanceColumn | null>(),
    /** Tone, format and trend the post was written for (what the learner learns from); null = unknown. */
    labels: jsonb('labels').$type<PostLabels | null>(),
    scheduledAt: instant('scheduled_at'),
    priority: text('priority', { enum: ['urgent', 'normal', 'low'] }).notNull().default('normal'),
    version: integer('version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    reviewedByUserId: uuid('reviewed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: instant('reviewed_at'),
    reviewComment: text('review_comment'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('posts_org_created_idx').on(table.organizationId, table.createdAt),
    index('posts_org_scheduled_idx').on(table.organizationId, table.scheduledAt),
    index('posts_brand_idx').on(table.brandId, table.createdAt),
  ],
);
