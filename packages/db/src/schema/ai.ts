import { doublePrecision, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { brands } from './brands';
import { createdAt, id, instant, updatedAt } from './columns';
import { organizations } from './organizations';
import { users } from './users';

/** Per-organization AI settings; no row means the defaults (threshold 0.9, no budget). */
export const aiSettings = pgTable('ai_settings', {
  organizationId: uuid('organization_id').primaryKey().references(() => organizations.id, { onDelete: 'cascade' }),
  /** Generated posts scoring at least this (0–1), and safe, go straight to approved. */
  autoApproveThreshold: doublePrecision('auto_approve_threshold').notNull().default(0.9),
  /** Monthly spending cap in USD across providers; null = no cap. */
  monthlyBudgetUsd: doublePrecision('monthly_budget_usd'),
  /** Monthly cap on tokens (in + out); null = no cap. */
  monthlyTokenBudget: integer('monthly_token_budget'),
  updatedAt: updatedAt(),
});

/** A brand's own brand-safety lists, on top of the built-in categories. */
export const brandSafetyLists = pgTable('brand_safety_lists', {
  brandId: uuid('brand_id').primaryKey().references(() => brands.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  bannedWords: jsonb('banned_words').$type<string[]>().notNull().default([]),
  sensitiveTopics: jsonb('sensitive_topics').$type<string[]>().notNull().default([]),
  updatedAt: updatedAt(),
});

/** Every call to an AI provider (or the offline template tier): what was asked, what it cost. */
export const aiTasks = pgTable(
  'ai_tasks',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id').references(() => brands.id, { onDelete: 'set null' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Which job asked: content.generate, content.improve, hashtags.suggest, image.generate … */
    agent: text('agent').notNull(),
    /** deepseek, groq, openai, anthropic, any configured name, or `template`. */
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    prompt: jsonb('prompt').$type<{ system: string; user: string }>().notNull(),
    output: text('output'),
    tokensIn: integer('tokens_in'),
    tokensOut: integer('tokens_out'),
    costUsd: doublePrecision('cost_usd'),
    latencyMs: integer('latency_ms').notNull(),
    status: text('status', { enum: ['succeeded', 'failed'] }).notNull(),
    error: text('error'),
    createdAt: createdAt(),
  },
  (table) => [index('ai_tasks_org_created_idx').on(table.organizationId, table.createdAt)],
);

/** Results of deterministic requests (improve, hashtags) keyed by brand + input + options. */
export const aiCache = pgTable('ai_cache', {
  key: text('key').primaryKey(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  value: jsonb('value').$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
  expiresAt: instant('expires_at').notNull(),
});
