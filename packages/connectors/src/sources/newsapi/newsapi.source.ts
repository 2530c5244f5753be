import type { TrendSource } from '@socialseed/core/ports/trend-source';
import type { TrendItem, TrendSourceRequest } from '@socialseed/core/trends/trend-item';
import { fetchEveryList, type ListFailureListener } from '../_shared/fetch-lists';
import { finalizeItems, type TrendItemDraft } from '../_shared/finalize-items';
import { parseSourceDate } from '../_shared/dates';
import { createSourceHttp, isSuccess, parseJsonAnswer, type SourceHttpOptions } from '../_shared/source-http';
import { decodeEntities, htmlToText } from '../_shared/text';
import { classifyNewsApiError } from './newsapi.errors';
import { newsArticleSchema, newsOkSchema } from './newsapi.schemas';

export interface NewsApiSourceOptions extends SourceHttpOptions {
  apiKey: string;
  /** https://newsapi.org */
  baseUrl: string;
  onListFailure?: ListFailureListener;
}

/** pageSize is capped at 100. */
const maxPageSize = 100;
/** `everything` searches this far back: trends are about the last couple of days. */
const everythingWindowMs = 2 * 24 * 3600 * 1000;
/** The list key for top headlines, so failures name it like a query. */
const headlinesList = 'top-headlines';

function articleDraft(raw: unknown, now: Date): TrendItemDraft | null {
  const parsed = newsArticleSchema.safeParse(raw);
  if (!parsed.success) return null;
  const article = parsed.data;
  // Articles taken down after indexing come back as "[Removed]" placeholders.
  if (!article.title || article.title === '[Removed]' || article.url === 'https://removed.com') return null;
  return {
    externalId: article.url,
    title: decodeEntities(article.title),
    summary: htmlToText(article.description ?? ''),
    url: article.url,
    publishedAt: parseSourceDate(article.publishedAt, now),
    engagement: { score: null, comments: null, traffic: null },
    imageUrl: article.urlToImage ?? null,
    channel: article.source.name ?? null,
  };
}

/** Top headlines for the geo plus a search per brand query, from NewsAPI. */
export function createNewsApiSource(options: NewsApiSourceOptions): TrendSource {
  const http = createSourceHttp(options);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  function urlFor(list: string, request: TrendSourceRequest): string {
    const pageSize = String(Math.min(Math.max(1, request.limitPerList), maxPageSize));
    if (list === headlinesList) return `${baseUrl}/v2/top-headlines?${new URLSearchParams({ country: request.geo.toLowerCase(), pageSize })}`;
    const from = new Date(request.now.getTime() - everythingWindowMs).toISOString().slice(0, 19);
    return `${baseUrl}/v2/everything?${new URLSearchParams({ q: list, sortBy: 'popularity', from, pageSize })}`;
  }

  async function fetchList(list: string, request: TrendSourceRequest): Promise<TrendItemDraft[]> {
    const what = list === headlinesList ? `NewsAPI top headlines (${request.geo})` : `NewsAPI search "${list}"`;
    const response = await http({ method: 'GET', url: urlFor(list, request), headers: { 'x-api-key': options.apiKey }, idempotent: true, bucket: 'newsapi' });
    if (!isSuccess(response)) throw classifyNewsApiError(response, what);
    const body = parseJsonAnswer(newsOkSchema, response, what);
    return body.articles.flatMap((article) => articleDraft(article, request.now) ?? []);
  }

  const listsOf = (request: TrendSourceRequest): string[] => [
    ...(/^[a-z]{2}$/i.test(request.geo) ? [headlinesList] : []),
    ...request.queries.map((query) => query.trim()).filter(Boolean),
  ];

  return {
    id: 'newsapi',
    // The free plan allows 100 requests a day.
    rateLimit: { capacity: 100, refillPerSecond: 100 / 86_400 },
    requestCost: (request) => listsOf(request).length,
    async fetch(request): Promise<TrendItem[]> {
      const lists = listsOf(request);
      if (lists.length === 0) return [];
      const drafts = await fetchEveryList(lists, (list) => fetchList(list, request), {
        concurrency: 2,
        // A bad query concerns that query; a bad key or the quota concerns them all.
        skippable: (error) => error.kind === 'rejected',
        onListFailure: options.onListFailure,
      });
      return finalizeItems('newsapi', drafts);
    },
  };
}
