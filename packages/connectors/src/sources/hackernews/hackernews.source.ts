import { ProviderError, isProviderError } from '@socialseed/core/ports/social-provider';
import type { TrendSource } from '@socialseed/core/ports/trend-source';
import type { TrendItem, TrendSourceRequest } from '@socialseed/core/trends/trend-item';
import type { z } from 'zod';
import { settleWithConcurrency } from '../_shared/concurrency';
import { finalizeItems, type TrendItemDraft } from '../_shared/finalize-items';
import { classifySourceStatus, createSourceHttp, isSuccess, parseJsonAnswer, type SourceHttpOptions } from '../_shared/source-http';
import { htmlToText } from '../_shared/text';
import { hnItemSchema, hnTopStoriesSchema, type HnItem } from './hackernews.schemas';

export interface HackerNewsSourceOptions extends SourceHttpOptions {
  /** https://hacker-news.firebaseio.com */
  baseUrl: string;
}

/** Item reads in flight at once: fast enough, and polite to Firebase. */
const itemConcurrency = 8;
/** Most items read per fetch, whatever limitPerList asks. */
const maxItems = 100;

function itemsToRead(request: TrendSourceRequest): number {
  return Math.min(Math.max(1, request.limitPerList), maxItems);
}

function storyDraft(item: HnItem, now: Date): TrendItemDraft | null {
  // Jobs, polls and comments are not stories; deleted and flagged-dead ones are gone.
  if (item.type !== 'story' || item.deleted || item.dead || !item.title) return null;
  return {
    externalId: String(item.id),
    title: htmlToText(item.title),
    summary: item.text ? htmlToText(item.text) : '',
    url: item.url ?? `https://news.ycombinator.com/item?id=${item.id}`,
    publishedAt: item.time ? new Date(item.time * 1000) : now,
    engagement: { score: item.score ?? null, comments: item.descendants ?? null, traffic: null },
    imageUrl: null,
    channel: 'Hacker News',
  };
}

/** The front page of Hacker News: the top story ids, then each story. */
export function createHackerNewsSource(options: HackerNewsSourceOptions): TrendSource {
  const http = createSourceHttp(options);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  async function readJson<T>(schema: z.ZodType<T>, path: string, what: string): Promise<T> {
    const response = await http({ method: 'GET', url: `${baseUrl}${path}`, idempotent: true, bucket: 'hackernews' });
    if (!isSuccess(response)) throw classifySourceStatus(response, what, 'rejected');
    return parseJsonAnswer(schema, response, what);
  }

  const readItem = (id: number) => readJson(hnItemSchema, `/v0/item/${id}.json`, `Hacker News item ${id}`);

  return {
    id: 'hackernews',
    // No published limit; stay a modest, steady client.
    rateLimit: { capacity: 500, refillPerSecond: 10 },
    requestCost: (request) => 1 + itemsToRead(request),
    async fetch(request): Promise<TrendItem[]> {
      const what = 'Hacker News top stories';
      const ids = await readJson(hnTopStoriesSchema, '/v0/topstories.json', what);
      const wanted = ids.slice(0, itemsToRead(request));
      if (wanted.length === 0) return [];
      const results = await settleWithConcurrency(wanted, itemConcurrency, readItem);
      const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
      // One unreadable item is skipped; every item failing means the source is down.
      if (failures.length === results.length) {
        const [first] = failures;
        throw isProviderError(first) ? first : new ProviderError('retry', `${what}: every item read failed`, { cause: first });
      }
      const drafts = results.flatMap((result) => (result.status === 'fulfilled' && result.value ? (storyDraft(result.value, request.now) ?? []) : []));
      return finalizeItems('hackernews', drafts);
    },
  };
}
