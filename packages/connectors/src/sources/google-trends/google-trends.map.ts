import type { TrendItemDraft } from '../_shared/finalize-items';
import { parseSourceDate } from '../_shared/dates';
import { htmlToText } from '../_shared/text';
import { trendsItemSchema } from './google-trends.schemas';

/** "20,000+" → 20000, "2K+" → 2000, "1M+" → 1000000; null when unreadable. */
export function parseApproxTraffic(value: string | undefined): number | null {
  const match = /^([\d.,\s]+)\s*([KkMm])?\+?$/.exec((value ?? '').trim());
  if (!match?.[1]) return null;
  const base = Number(match[1].replace(/[,\s]/g, ''));
  if (!Number.isFinite(base)) return null;
  const multiplier = match[2]?.toLowerCase() === 'm' ? 1_000_000 : match[2]?.toLowerCase() === 'k' ? 1_000 : 1;
  return Math.round(base * multiplier);
}

/**
 * One daily-trends item as a draft. The topic itself is only a search phrase, so its first news
 * story supplies the link and the summary. The id is geo + phrase: the same search trending in a
 * later fetch is the same trend.
 */
export function googleTrendsDraft(raw: unknown, geo: string, now: Date): TrendItemDraft | null {
  const parsed = trendsItemSchema.safeParse(raw);
  if (!parsed.success) return null;
  const item = parsed.data;
  const title = htmlToText(item.title);
  const news = item['ht:news_item']?.[0];
  const snippet = htmlToText(news?.['ht:news_item_snippet'] ?? '');
  return {
    externalId: `${geo}:${title.toLowerCase()}`,
    title,
    summary: snippet || htmlToText(news?.['ht:news_item_title'] ?? ''),
    url: news?.['ht:news_item_url'] ?? null,
    publishedAt: parseSourceDate(item.pubDate, now),
    engagement: { score: null, comments: null, traffic: parseApproxTraffic(item['ht:approx_traffic']) },
    imageUrl: item['ht:picture'] ?? news?.['ht:news_item_picture'] ?? null,
    channel: geo,
  };
}
