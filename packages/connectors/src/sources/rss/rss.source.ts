import { ProviderError, isProviderError } from '@socialseed/core/ports/social-provider';
import type { TrendSource } from '@socialseed/core/ports/trend-source';
import type { TrendItem, TrendSourceRequest } from '@socialseed/core/trends/trend-item';
import { classifyStatus, createHttpClient, type HttpResponse } from '@socialseed/connectors/_shared/http-client';
import { fetchEveryList, type ListFailureListener } from '../_shared/fetch-lists';
import { finalizeItems, type TrendItemDraft } from '../_shared/finalize-items';
import { isSuccess } from '../_shared/source-http';
import { resolveWithSystemDns, type ResolveHost } from './feed-address-guard';
import { parseFeed } from './feed-parse';
import { createGuardedFetch } from './guarded-fetch';
import { publicOnlyFetch } from '../../_shared/public-network';

export interface RssSourceOptions {
  fetch?: typeof fetch;
  /** Per feed, connection to last byte. */
  timeoutMs?: number;
  /**
   * Feed URLs come from users, so by default a feed whose host resolves to a loopback, private,
   * link-local or unique-local address is refused. Only tests against local fakes turn this on.
   */
  allowPrivateAddresses?: boolean;
  /** DNS for the address guard; tests substitute a fixed table. */
  resolve?: ResolveHost;
  maxBytes?: number;
  onListFailure?: ListFailureListener;
}

const defaults = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 3 };
const feedAccept = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

/** A feed that needs a login or is gone is the feed's problem, not ours to refresh or reconnect. */
function classifyFeedError(response: HttpResponse, feed: string): ProviderError {
  const base = classifyStatus(response, `RSS feed ${feed}`);
  if (response.status === 401 || response.status === 403) return new ProviderError('rejected', base.message, { status: response.status });
  return base;
}

/** The client wraps what the guarded fetch throws; the guard's own verdict is the one to report. */
function unwrapGuardError(error: unknown): unknown {
  return isProviderError(error) && isProviderError(error.cause) ? error.cause : error;
}

/** Any RSS 2.0 / RSS 1.0 / Atom feeds the brands follow, each fetched on its own. */
export function createRssSource(options: RssSourceOptions = {}): TrendSource {
  const http = createHttpClient({
    fetch: createGuardedFetch({
      // Checked again as each connection is made, so a host cannot answer "public" to the
      // guard and a private address to the socket.
      fetch: options.fetch ?? (options.allowPrivateAddresses ? fetch : publicOnlyFetch()),
      allowPrivateAddresses: options.allowPrivateAddresses ?? false,
      resolve: options.resolve ?? resolveWithSystemDns,
      maxBytes: options.maxBytes ?? defaults.maxBytes,
      maxRedirects: defaults.maxRedirects,
    }),
    defaultTimeoutMs: options.timeoutMs ?? defaults.timeoutMs,
  });

  async function fetchFeed(feed: string, request: TrendSourceRequest): Promise<TrendItemDraft[]> {
    let response: HttpResponse;
    try {
      response = await http({ method: 'GET', url: feed, headers: { accept: feedAccept }, idempotent: true, bucket: 'rss' });
    } catch (error) {
      throw unwrapGuardError(error);
    }
    if (!isSuccess(response)) throw classifyFeedError(response, feed);
    if (typeof response.body !== 'string') throw new ProviderError('rejected', `RSS feed ${feed}: the answer is JSON, not an RSS or Atom feed`, { status: response.status });
    const { drafts } = parseFeed(response.body, feed, request.now);
    // Untitled entries would otherwise take a place in the limit and be dropped later.
    return drafts
      .filter((draft) => draft.title)
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()).slice(0, Math.max(1, request.limitPerList));
  }

  const feedsOf = (request: TrendSourceRequest) => [...new Set(request.feeds.map((feed) => feed.trim()).filter(Boolean))];

  return {
    id: 'rss',
    // Many different hosts; this only keeps one organization's feed list from hammering them.
    rateLimit: { capacity: 120, refillPerSecond: 2 },
    requestCost: (request) => feedsOf(request).length,
    async fetch(request): Promise<TrendItem[]> {
      const feeds = feedsOf(request);
      if (feeds.length === 0) return [];
      const drafts = await fetchEveryList(feeds, (feed) => fetchFeed(feed, request), {
        concurrency: 4,
        // Feeds live on unrelated hosts: one broken, slow or rate-limited feed says nothing about the others.
        skippable: () => true,
        onListFailure: options.onListFailure,
      });
      return finalizeItems('rss', drafts);
    },
  };
}
