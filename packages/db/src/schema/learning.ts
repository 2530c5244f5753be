import { index, integer, jsonb, pgTable, real, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LearnerModel } from '@socialseed/core/learning/learner-model';
import { brands } from './brands';
import { createdAt, id, instant, updatedAt } from './columns';
import { organizations } from './organizations';
import { users } from './users';

/** Each retrain of a brand's learner, kept as versioned JSON (values, visit counts, best times). */
export const learningModels = pgTable(
  'learning_models',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id').notNull().references(() => brands.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** 'bandit' below 10 rewarded posts, 'q_learning' from then on. */
    kind: text('kind', { enum: ['bandit', 'q_learning'] }).notNull(),
    model: jsonb('model').$type<LearnerModel>().notNull(),
    sampleSize: integer('sample_size').notNull(),
    /** e.g. "insufficient data" when the brand has fewer than 10 samples. */
    note: text('note'),
    trainedAt: instant('trained_at').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('learning_models_brand_version_key').on(table.brandId, table.version)],
);

/** A/B test: 2–4 posts (variants) compared on engagement. */
export const abTests = pgTable(
  'ab_tests',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id').notNull().references(() => brands.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The variants in order; the first is the control. */
    postIds: jsonb('post_ids').$type<string[]>().notNull(),
    significanceLevel: real('significance_level').notNull().default(0.95),
    status: text('status', { enum: ['running', 'kept', 'reverted'] }).notNull().default('running'),
    decidedPostId: uuid('decided_post_id'),
    decidedAt: instant('decided_at'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('ab_tests_brand_idx').on(table.brandId, table.createdAt)],
);

/** In-app notifications (analytics alerts and the like); `dedupe_key` makes each alert once. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id').references(() => brands.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    dedupeKey: text('dedupe_key').notNull(),
    readAt: instant('read_at'),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('notifications_dedupe_key').on(table.organizationId, table.dedupeKey), index('notifications_org_idx').on(table.organizationId, table.createdAt)],
);
