import { z } from 'zod';
import { trendSourceIds, type TrendSourceId } from './trend-item';

/** Reddit's own rule for subreddit names: 3–21 letters, digits or underscores. */
const subredditName = z
  .string()
  .trim()
  .transform((name) => name.replace(/^\/?r\//i, ''))
  .pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_]{2,20}$/, 'A subreddit name is 3–21 letters, digits or underscores'));

const feedUrl = z
  .string()
  .trim()
  .url('A feed must be a full http(s) URL')
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value), 'A feed must be an http(s) URL');

const sourcesSchema = z.object(Object.fromEntries(trendSourceIds.map((id) => [id, z.boolean().optional()])) as Record<TrendSourceId, z.ZodOptional<z.ZodBoolean>>).strict();

/** What a brand follows. Sources without keys stay off however this says (the run summary tells). */
export const trendSettingsSchema = z
  .object({
    sources: sourcesSchema.default({}),
    subreddits: z.array(subredditName).max(25).default([]),
    queries: z.array(z.string().trim().min(2, 'A query needs at least 2 characters').max(100)).max(20).default([]),
    feeds: z.array(feedUrl).max(30).default([]),
    geo: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'A two-letter country code, e.g. US').default('US'),
  })
  .strict();

export type TrendSettingsInput = z.input<typeof trendSettingsSchema>;

export interface TrendSettings {
  sources: Record<TrendSourceId, boolean>;
  subreddits: string[];
  queries: string[];
  feeds: string[];
  geo: string;
}

/** Every source on by default: keyless ones (Hacker News, Google Trends, feeds, Sandbox) just work. */
export const defaultTrendSettings: TrendSettings = {
  sources: Object.fromEntries(trendSourceIds.map((id) => [id, true])) as Record<TrendSourceId, boolean>,
  subreddits: [],
  queries: [],
  feeds: [],
  geo: 'US',
};

/** Stored settings (possibly partial, possibly older) filled up with the defaults. */
export function effectiveTrendSettings(stored: Partial<TrendSettings> | null): TrendSettings {
  if (!stored) return defaultTrendSettings;
  return {
    sources: { ...defaultTrendSettings.sources, ...(stored.sources ?? {}) },
    subreddits: stored.subreddits ?? [],
    queries: stored.queries ?? [],
    feeds: stored.feeds ?? [],
    geo: stored.geo ?? 'US',
  };
}
