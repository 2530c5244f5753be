import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { mediaAssets } from './media-assets';
import { organizations } from './organizations';
import { users } from './users';

/** Shapes of the JSON columns; validated by zod in core before they are written. */
export interface BrandColorsColumn { primary: string; secondary: string; accent?: string }
export interface BrandAudienceColumn { roles: string[]; geographies: string[]; companySizes: string[] }
export interface BrandTrendSettingsColumn {
  sources: Record<string, boolean>;
  subreddits: string[];
  queries: string[];
  feeds: string[];
  geo: string;
}
export interface BrandPreferencesColumn {
  postsPerWeek: number;
  preferredDays: string[];
  preferredHours: number[];
  timeZone: string;
}

export const brands = pgTable(
  'brands',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    industry: text('industry').notNull(),
    status: text('status', { enum: ['draft', 'active'] }).notNull().default('draft'),
    onboardingStep: integer('onboarding_step').notNull().default(1),
    logoMediaId: uuid('logo_media_id').references(() => mediaAssets.id, { onDelete: 'set null' }),
    colors: jsonb('colors').$type<BrandColorsColumn | null>(),
    pillars: jsonb('pillars').$type<string[]>().notNull().default([]),
    tone: text('tone'),
    audience: jsonb('audience').$type<BrandAudienceColumn>().notNull().default({ roles: [], geographies: [], companySizes: [] }),
    voiceSamples: jsonb('voice_samples').$type<string[]>().notNull().default([]),
    preferences: jsonb('preferences').$type<BrandPreferencesColumn | null>(),
    /** Which trend sources, subreddits, queries and feeds the brand follows; null = the defaults. */
    trendSettings: jsonb('trend_settings').$type<BrandTrendSettingsColumn | null>(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('brands_org_idx').on(table.organizationId, table.createdAt)],
);
