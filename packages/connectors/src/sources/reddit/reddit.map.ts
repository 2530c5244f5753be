import type { TrendItemDraft } from '../_shared/finalize-items';
import { decodeEntities } from '../_shared/text';
import { httpUrlOrNull } from '../_shared/urls';
import { redditLinkSchema, type RedditLink } from './reddit.schemas';

const redditOrigin = 'https://www.reddit.com';

/** Preview URLs arrive HTML-escaped unless raw_json=1 was honoured; decoding is harmless either way. */
function imageOf(link: RedditLink): string | null {
  const preview = link.preview?.images[0]?.source.url;
  // `thumbnail` is a URL or a marker such as "self", "default", "nsfw", "spoiler".
  return httpUrlOrNull(preview ? decodeEntities(preview) : null) ?? httpUrlOrNull(link.thumbnail);
}

/** Self posts (and crossposts' relative urls) point at the discussion itself. */
function urlOf(link: RedditLink): string {
  const discussion = `${redditOrigin}${link.permalink}`;
  if (link.is_self || !link.url) return discussion;
  if (link.url.startsWith('/')) return `${redditOrigin}${link.url}`;
  return httpUrlOrNull(link.url) ?? discussion;
}

/**
 * One listing child as a draft; null for non-links, malformed links and NSFW posts (a brand's
 * trend feed is no place for them).
 */
export function redditDraft(child: { kind: string; data: unknown }, subreddit: string): TrendItemDraft | null {
  if (child.kind !== 't3') return null;
  const parsed = redditLinkSchema.safeParse(child.data);
  if (!parsed.success || parsed.data.over_18) return null;
  const link = parsed.data;
  return {
    externalId: link.id,
    title: link.title,
    summary: link.selftext.trim(),
    url: urlOf(link),
    publishedAt: new Date(link.created_utc * 1000),
    engagement: { score: link.score, comments: link.num_comments, traffic: null },
    imageUrl: imageOf(link),
    channel: `r/${link.subreddit ?? subreddit}`,
  };
}
