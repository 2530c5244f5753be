import { z } from 'zod';

/** Where trends come from. `x` is X's recent-search counts for the brand's queries. */
export const trendSourceIds = ['reddit', 'newsapi', 'hackernews', 'google_trends', 'rss', 'x', 'sandbox'] as const;
export type TrendSourceId = (typeof trendSourceIds)[number];

export const trendSourceLabels: Record<TrendSourceId, string> = {
  reddit: 'Reddit',
  newsapi: 'NewsAPI',
  hackernews: 'Hacker News',
  google_trends: 'Google Trends',
  rss: 'RSS / Atom feeds',
  x: 'X recent-search counts',
  sandbox: 'Sandbox',
};

/**
 * One story as a source reported it, normalised. Engagement signals keep their meaning per kind
 * and are null when the source does not give them (never 0 for "unknown").
 */
export interface TrendItem {
  source: TrendSourceId;
  /** Stable within the source: Reddit t3 id, HN item id, the feed entry's guid or link, the query for X counts. */
  externalId: string;
  title: string;
  /** Plain text (HTML stripped), '' when the source gives none. */
  summary: string;
  url: string | null;
  publishedAt: Date;
  engagement: {
    /** Upvotes / points. */
    score: number | null;
    comments: number | null;
    /** Searches (Google Trends approx_traffic) or posts counted (X counts) in the source's window. */
    traffic: number | null;
  };
  imageUrl: string | null;
  /** Where within the source: subreddit, outlet, feed title, geo, query. */
  channel: string | null;
}

/** What one fetch asks a source for: the union of an organization's brands' trend settings. */
export interface TrendSourceRequest {
  subreddits: string[];
  queries: string[];
  feeds: string[];
  /** ISO 3166-1 alpha-2 country for Google Trends and NewsAPI top headlines. */
  geo: string;
  /** The brands' industries and pillars: what the Sandbox's simulated audience is interested in. */
  industries: string[];
  interests: string[];
  /** Most items to return per list fetched (subreddit, feed, query …). */
  limitPerList: number;
  now: Date;
}

export const trendItemSchema = z.object({
  source: z.enum(trendSourceIds),
  externalId: z.string().min(1).max(500),
  title: z.string().min(1).max(500),
  summary: z.string().max(5000),
  url: z.string().url().max(2000).nullable(),
  publishedAt: z.date(),
  engagement: z.object({ score: z.number().nullable(), comments: z.number().nullable(), traffic: z.number().nullable() }),
  imageUrl: z.string().url().max(2000).nullable(),
  channel: z.string().max(300).nullable(),
});
