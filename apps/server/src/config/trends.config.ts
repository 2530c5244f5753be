import { z } from 'zod';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * The trend pipeline (docs/configuration.md, "Trends"). Hacker News, Google Trends, RSS feeds
 * and the Sandbox need no keys; Reddit, NewsAPI and X counts switch on with theirs.
 */
export const trendsConfigShape = {
  /** When the pipeline runs for every organization (cron, UTC). */
  TRENDS_REFRESH_CRON: z.string().regex(/^(\S+\s+){4}\S+$/, 'Five cron fields, e.g. 0 */6 * * *').default('0 */6 * * *'),
  /** A scheduled run is skipped when the last completed one is fresher than this (POST /ai-agents/trends/analyze always runs). */
  TRENDS_MIN_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(10_080).default(120),
  /** Keyless internet sources (Hacker News, Google Trends, RSS feeds); turn off on machines without internet. */
  TRENDS_PUBLIC_SOURCES: boolean.default(true),
  /** The Sandbox's simulated trending topics (offline, labelled Sandbox). */
  TRENDS_SANDBOX: boolean.default(true),
  /** Let feeds point at private network addresses (localhost, 10.x …); off so a feed URL cannot probe your network. */
  TRENDS_ALLOW_PRIVATE_FEEDS: boolean.default(false),
  /** Hacker News API origin; change only for a proxy or a test double. */
  HACKERNEWS_BASE_URL: z.url().default('https://hacker-news.firebaseio.com'),
  /** Google Trends daily RSS address; change only for a proxy or a test double. */
  GOOGLE_TRENDS_URL: z.url().default('https://trends.google.com/trending/rss'),
  /** Reddit script app (reddit.com/prefs/apps) for subreddit top posts. */
  REDDIT_CLIENT_ID: z.string().min(1).optional(),
  REDDIT_CLIENT_SECRET: z.string().min(1).optional(),
  /** Reddit asks every client for a unique, descriptive User-Agent. */
  REDDIT_USER_AGENT: z.string().min(5).default('server:socialseed:0.1 (self-hosted Socialseed)'),
  REDDIT_AUTH_BASE_URL: z.url().default('https://www.reddit.com'),
  REDDIT_API_BASE_URL: z.url().default('https://oauth.reddit.com'),
  /** NewsAPI key (newsapi.org) for top headlines and the brands' queries. */
  NEWSAPI_KEY: z.string().min(1).optional(),
  NEWSAPI_BASE_URL: z.url().default('https://newsapi.org'),
  /** X app-only bearer token: recent-search counts for the brands' queries (X_API_BASE_URL applies). */
  X_BEARER_TOKEN: z.string().min(1).optional(),
  /** OpenAI-compatible /embeddings for trend relevance; unset uses the offline lexical model. */
  EMBEDDINGS_BASE_URL: z.url().optional(),
  EMBEDDINGS_API_KEY: z.string().min(1).optional(),
  EMBEDDINGS_MODEL: z.string().min(1).default('text-embedding-3-small'),
};
