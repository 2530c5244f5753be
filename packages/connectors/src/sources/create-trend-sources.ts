import type { TrendSource } from '@socialseed/core/ports/trend-source';
import type { TrendSourceId } from '@socialseed/core/trends/trend-item';
import type { ProviderError } from '@socialseed/core/ports/social-provider';
import { createGoogleTrendsSource } from './google-trends/google-trends.source';
import { createHackerNewsSource } from './hackernews/hackernews.source';
import { createNewsApiSource } from './newsapi/newsapi.source';
import { createRedditSource } from './reddit/reddit.source';
import { createRssSource } from './rss/rss.source';
import { createSandboxTrendSource } from './sandbox/sandbox-trends.source';
import { createXCountsSource } from './x-counts/x-counts.source';

/** The real services' addresses, for configuration defaults (tests point at fakes instead). */
export const defaultTrendSourceUrls = {
  redditAuth: 'https://www.reddit.com',
  redditApi: 'https://oauth.reddit.com',
  newsapi: 'https://newsapi.org',
  hackernews: 'https://hacker-news.firebaseio.com',
  googleTrends: 'https://trends.google.com/trending/rss',
  x: 'https://api.x.com',
} as const;

export interface TrendSourcesOptions {
  fetch?: typeof fetch;
  /** Per HTTP request; each source has a sensible default. */
  timeoutMs?: number;
  /** Let RSS feeds resolve to private addresses (tests against local fakes only). */
  allowPrivateAddresses?: boolean;
  /** Told about each list (subreddit, query, feed) skipped while its source went on. */
  onListFailure?: (source: TrendSourceId, list: string, error: ProviderError) => void;
  /** null: not configured, so the source is left out. */
  reddit: { clientId: string; clientSecret: string; userAgent: string; authBaseUrl: string; apiBaseUrl: string } | null;
  newsapi: { apiKey: string; baseUrl: string } | null;
  hackernews: { baseUrl: string } | null;
  googleTrends: { url: string } | null;
  rss: boolean;
  x: { bearerToken: string; baseUrl: string } | null;
  sandbox: boolean;
}

/** The configured trend sources, in a stable order; unconfigured ones are simply absent. */
export function createTrendSources(options: TrendSourcesOptions): TrendSource[] {
  const http = { ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
  const listener = (source: TrendSourceId) => (options.onListFailure ? { onListFailure: (list: string, error: ProviderError) => options.onListFailure?.(source, list, error) } : {});
  const sources: TrendSource[] = [];
  if (options.reddit) sources.push(createRedditSource({ ...http, ...options.reddit, ...listener('reddit') }));
  if (options.newsapi) sources.push(createNewsApiSource({ ...http, ...options.newsapi, ...listener('newsapi') }));
  if (options.hackernews) sources.push(createHackerNewsSource({ ...http, ...options.hackernews }));
  if (options.googleTrends) sources.push(createGoogleTrendsSource({ ...http, ...options.googleTrends }));
  if (options.rss) sources.push(createRssSource({ ...http, allowPrivateAddresses: options.allowPrivateAddresses ?? false, ...listener('rss') }));
  if (options.x) sources.push(createXCountsSource({ ...http, ...options.x, ...listener('x') }));
  if (options.sandbox) sources.push(createSandboxTrendSource());
  return sources;
}
