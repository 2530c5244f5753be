import type { TrendSource } from '@socialseed/core/ports/trend-source';
import type { TrendItem, TrendSourceRequest } from '@socialseed/core/trends/trend-item';
import { fetchEveryList, type ListFailureListener } from '../_shared/fetch-lists';
import { finalizeItems, type TrendItemDraft } from '../_shared/finalize-items';
import { parseSourceDate } from '../_shared/dates';
import { createSourceHttp, isSuccess, parseJsonAnswer, type SourceHttpOptions } from '../_shared/source-http';
import { classifyXCountsError } from './x-counts.errors';
import { xCountsSchema, type XCounts } from './x-counts.schemas';

export interface XCountsSourceOptions extends SourceHttpOptions {
  /** App-only (OAuth 2.0 client credentials) bearer token; recent counts refuse user tokens. */
  bearerToken: string;
  /** https://api.x.com */
  baseUrl: string;
  onListFailure?: ListFailureListener;
}

/** Hourly buckets summed for `score`: the last day's volume, against the week's in `traffic`. */
const recentBuckets = 24;

function countsDraft(query: string, counts: XCounts, now: Date): TrendItemDraft {
  const buckets = counts.data;
  const lastDay = buckets.slice(-recentBuckets).reduce((sum, bucket) => sum + bucket.tweet_count, 0);
  const total = counts.meta?.total_tweet_count ?? buckets.reduce((sum, bucket) => sum + bucket.tweet_count, 0);
  const lastEnd = parseSourceDate(buckets.at(-1)?.end, now);
  return {
    externalId: `query:${query}`,
    title: query,
    summary: `${lastDay.toLocaleString('en-US')} posts on X in the last 24 hours, ${total.toLocaleString('en-US')} in the last 7 days.`,
    url: null,
    publishedAt: lastEnd > now ? now : lastEnd,
    engagement: { score: lastDay, comments: null, traffic: total },
    imageUrl: null,
    channel: 'X',
  };
}

/** How much X is talking about each brand query: hourly post counts over the last 7 days. */
export function createXCountsSource(options: XCountsSourceOptions): TrendSource {
  const http = createSourceHttp(options);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const queriesOf = (request: TrendSourceRequest) => [...new Set(request.queries.map((query) => query.trim()).filter(Boolean))];

  async function countQuery(query: string, request: TrendSourceRequest): Promise<TrendItemDraft[]> {
    const what = `X post counts for "${query}"`;
    const response = await http({
      method: 'GET',
      url: `${baseUrl}/2/tweets/counts/recent?${new URLSearchParams({ query, granularity: 'hour' })}`,
      headers: { authorization: `Bearer ${options.bearerToken}` },
      idempotent: true,
      bucket: 'x:counts',
    });
    if (!isSuccess(response)) throw classifyXCountsError(response, what);
    return [countsDraft(query, parseJsonAnswer(xCountsSchema, response, what), request.now)];
  }

  return {
    id: 'x',
    // App-only: 300 requests per 15-minute window.
    rateLimit: { capacity: 300, refillPerSecond: 300 / 900 },
    requestCost: (request) => queriesOf(request).length,
    async fetch(request): Promise<TrendItem[]> {
      const queries = queriesOf(request);
      if (queries.length === 0) return [];
      const drafts = await fetchEveryList(queries, (query) => countQuery(query, request), {
        concurrency: 2,
        // An invalid query operator is that query's problem; a bad token or the limit is everyone's.
        skippable: (error) => error.kind === 'rejected',
        onListFailure: options.onListFailure,
      });
      return finalizeItems('x', drafts);
    },
  };
}
