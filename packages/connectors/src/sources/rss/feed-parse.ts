import { ProviderError } from '@socialseed/core/ports/social-provider';
import type { TrendItemDraft } from '../_shared/finalize-items';
import { parseSourceDate } from '../_shared/dates';
import { decodeEntities, htmlToText } from '../_shared/text';
import { httpUrlOrNull } from '../_shared/urls';
import { parseXml } from '../_shared/xml';
import { pickFeedImage } from './feed-images';
import { atomEntrySchema, feedDocumentSchema, rssItemSchema, type AtomEntry, type RssItem } from './feed.schemas';

export interface ParsedFeed {
  title: string | null;
  drafts: TrendItemDraft[];
}

/** Relative links resolve against the feed's own URL; entity-escaped ones (`&amp;`) are decoded. */
function absoluteUrl(value: string | undefined, feedUrl: string): string | null {
  if (!value) return null;
  const decoded = decodeEntities(value.trim());
  return URL.canParse(decoded, feedUrl) ? httpUrlOrNull(new URL(decoded, feedUrl).href) : null;
}

function rssDraft(raw: unknown, feedUrl: string, channel: string, now: Date): TrendItemDraft | null {
  const parsed = rssItemSchema.safeParse(raw);
  if (!parsed.success) return null;
  const item: RssItem = parsed.data;
  const link = absoluteUrl(item.link?.find(Boolean), feedUrl);
  const title = htmlToText(item.title ?? '');
  const comments = Number(item['slash:comments']);
  const image = pickFeedImage({
    mediaContent: [...(item['media:content'] ?? []), ...(item['media:group']?.['media:content'] ?? [])],
    enclosures: item.enclosure,
    thumbnails: [...(item['media:thumbnail'] ?? []), ...(item['media:group']?.['media:thumbnail'] ?? [])],
  });
  return {
    externalId: item.guid || link || `${feedUrl}#${title}`,
    title,
    summary: htmlToText(item.description || item['content:encoded'] || ''),
    url: link,
    publishedAt: parseSourceDate(item.pubDate ?? item['dc:date'], now),
    engagement: { score: null, comments: item['slash:comments'] && Number.isFinite(comments) ? comments : null, traffic: null },
    imageUrl: absoluteUrl(image ?? undefined, feedUrl),
    channel,
  };
}

/** An Atom entry's page: <link rel="alternate"> (rel defaults to alternate), HTML preferred. */
function atomLink(entry: AtomEntry, feedUrl: string): string | null {
  const alternates = (entry.link ?? []).filter((link) => (link.rel ?? 'alternate') === 'alternate' && link.href);
  const chosen = alternates.find((link) => !link.type || link.type.includes('html')) ?? alternates[0];
  return absoluteUrl(chosen?.href, feedUrl);
}

function atomDraft(raw: unknown, feedUrl: string, channel: string, now: Date): TrendItemDraft | null {
  const parsed = atomEntrySchema.safeParse(raw);
  if (!parsed.success) return null;
  const entry = parsed.data;
  const link = atomLink(entry, feedUrl);
  const title = htmlToText(entry.title ?? '');
  const image = pickFeedImage({
    mediaContent: [...(entry['media:content'] ?? []), ...(entry['media:group']?.['media:content'] ?? [])],
    enclosures: (entry.link ?? []).filter((candidate) => candidate.rel === 'enclosure'),
    thumbnails: [...(entry['media:thumbnail'] ?? []), ...(entry['media:group']?.['media:thumbnail'] ?? [])],
  });
  return {
    externalId: entry.id || link || `${feedUrl}#${title}`,
    title,
    summary: htmlToText(entry.summary || entry.content || ''),
    url: link,
    publishedAt: parseSourceDate(entry.published || entry.updated, now),
    engagement: { score: null, comments: null, traffic: null },
    imageUrl: absoluteUrl(image ?? undefined, feedUrl),
    channel,
  };
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom document into drafts. A document that is not XML is
 * a `retry` (a cut-off answer); well-formed XML that is no feed (an HTML page) is `rejected`.
 */
export function parseFeed(xml: string, feedUrl: string, now: Date): ParsedFeed {
  const what = `RSS feed ${feedUrl}`;
  const document = feedDocumentSchema.safeParse(parseXml(xml, what));
  if (!document.success) throw new ProviderError('rejected', `${what}: not an RSS or Atom feed`);
  const fallbackChannel = new URL(feedUrl).hostname;
  const data = document.data;
  if ('rss' in data) {
    const channel = data.rss?.channel;
    const title = channel?.title ? htmlToText(channel.title) : null;
    return { title, drafts: (channel?.item ?? []).flatMap((item) => rssDraft(item, feedUrl, title || fallbackChannel, now) ?? []) };
  }
  if ('feed' in data) {
    const title = data.feed?.title ? htmlToText(data.feed.title) : null;
    return { title, drafts: (data.feed?.entry ?? []).flatMap((entry) => atomDraft(entry, feedUrl, title || fallbackChannel, now) ?? []) };
  }
  const rdf = data['rdf:RDF'];
  const title = rdf?.channel?.title ? htmlToText(rdf.channel.title) : null;
  return { title, drafts: (rdf?.item ?? []).flatMap((item) => rssDraft(item, feedUrl, title || fallbackChannel, now) ?? []) };
}
