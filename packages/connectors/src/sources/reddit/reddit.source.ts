import { ProviderError } from '@socialseed/core/ports/social-provider';
import type { TrendSource } from '@socialseed/core/ports/trend-source';
import type { TrendItem, TrendSourceRequest } from '@socialseed/core/trends/trend-item';
import { classifyStatus, type HttpResponse } from '@socialseed/connectors/_shared/http-client';
import { fetchEveryList, type ListFailureListener } from '../_shared/fetch-lists';
import { finalizeItems, type TrendItemDraft } from '../_shared/finalize-items';
import { createSourceHttp, isSuccess, parseJsonAnswer, type SourceHttpOptions } from '../_shared/source-http';
import { redditDraft } from './reddit.map';
import { redditErrorSchema, redditListingSchema } from './reddit.schemas';
import { RedditTokenCache, type RedditAppCredentials } from './reddit.token';

export interface RedditSourceOptions extends SourceHttpOptions, RedditAppCredentials {
  /** https://oauth.reddit.com — where authenticated API calls go. */
  apiBaseUrl: string;
  onListFailure?: ListFailureListener;
}

/** Reddit caps `limit` at 100 per listing page. */
const maxLimit = 100;
/** Subreddit names: 2–21 letters, digits or underscores (3+ for new ones, but old ones are shorter). */
const subredditName = /^[A-Za-z0-9_]{2,21}$/;

function subredditOf(list: string): string {
  return list.trim().replace(/^\/?r\//i, '').replace(/\/+$/, '');
}

/**
 * A listing failure. 403 (private, quarantined) and 404 (banned, missing) concern one subreddit;
 * a 401 after a fresh token means the app itself was refused.
 */
function classifyListingError(response: HttpResponse, subreddit: string): ProviderError {
  const what = `Reddit r/${subreddit}`;
  const body = redditErrorSchema.safeParse(response.body);
  const reason = body.success ? (body.data.reason ?? body.data.message ?? '') : '';
  if (response.status === 401) return new ProviderError('reconnect', `${what}: Reddit refused the app token (HTTP 401)`, { status: 401 });
  if (response.status === 403 || response.status === 404) return new ProviderError('rejected', `${what}: HTTP ${response.status} ${reason}`.trim(), { status: response.status });
  return classifyStatus(response, what);
}

/** Top posts of the day of each configured subreddit, read with an app-only token. */
export function createRedditSource(options: RedditSourceOptions): TrendSource {
  const http = createSourceHttp(options);
  const tokens = new RedditTokenCache(http, options);
  const apiBaseUrl = options.apiBaseUrl.replace(/\/+$/, '');

  async function getTop(subreddit: string, limit: number): Promise<HttpResponse> {
    const url = new URL(`${apiBaseUrl}/r/${encodeURIComponent(subreddit)}/top`);
    // raw_json=1: titles and preview URLs unescaped (&amp; otherwise).
    url.search = new URLSearchParams({ t: 'day', limit: String(limit), raw_json: '1' }).toString();
    const token = await tokens.get();
    return http({
      method: 'GET',
      url: url.toString(),
      headers: { authorization: `Bearer ${token}`, 'user-agent': options.userAgent },
      idempotent: true,
      bucket: 'reddit',
    });
  }

  async function fetchSubreddit(list: string, request: TrendSourceRequest): Promise<TrendItemDraft[]> {
    const subreddit = subredditOf(list);
    if (!subredditName.test(subreddit)) throw new ProviderError('rejected', `Reddit: "${list}" is not a subreddit name`);
    const limit = Math.min(Math.max(1, request.limitPerList), maxLimit);
    let response = await getTop(subreddit, limit);
    if (response.status === 401) {
      // The cached token was revoked or expired early: one fresh token, one more try.
      tokens.invalidate();
      response = await getTop(subreddit, limit);
    }
    if (!isSuccess(response)) throw classifyListingError(response, subreddit);
    const listing = parseJsonAnswer(redditListingSchema, response, `Reddit r/${subreddit}`);
    return listing.data.children.flatMap((child) => redditDraft(child, subreddit) ?? []).slice(0, limit);
  }

  return {
    id: 'reddit',
    // 100 queries per minute per OAuth client.
    rateLimit: { capacity: 100, refillPerSecond: 100 / 60 },
    requestCost: (request) => (request.subreddits.length === 0 ? 0 : 1 + request.subreddits.length),
    async fetch(request): Promise<TrendItem[]> {
      if (request.subreddits.length === 0) return [];
      const drafts = await fetchEveryList(request.subreddits, (list) => fetchSubreddit(list, request), {
        concurrency: 4,
        skippable: (error) => error.kind === 'rejected',
        onListFailure: options.onListFailure,
      });
      return finalizeItems('reddit', drafts);
    },
  };
}
