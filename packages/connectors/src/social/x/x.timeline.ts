import type { AccountContext, PlatformComment, PublishedPost, PublishRequest } from '@socialseed/core/ports/social-provider';
import type { XApi } from './x.client';
import { xTweetPageSchema, type XTweet } from './x.schemas';

/** Pages read at most when scanning; 5 × 100 posts covers any realistic retry window. */
const maxPages = 5;
/** Our clock and X's may disagree; a post stamped slightly before `since` still counts. */
const clockSkewMs = 60_000;

/** X escapes `&<>` in post text (and nothing else); this gives back what the person typed. */
export function decodeXEntities(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/**
 * Text as X hands it back, reduced to what survives the round trip: X HTML-escapes `&<>`,
 * rewrites links to t.co, appends a t.co link for attached media, may prepend reply mentions and
 * collapse whitespace. Two texts that are equal after this are the same post.
 */
export function normalizeXText(text: string): string {
  return decodeXEntities(text)
    .normalize('NFC')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^(\s*@\w+)+\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** X wants `YYYY-MM-DDTHH:mm:ssZ` (whole seconds), allowing for clock skew. */
function startTime(since: Date): string {
  return new Date(Math.floor((since.getTime() - clockSkewMs) / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function xPostUrl(handle: string, id: string): string {
  return `https://x.com/${handle.replace(/^@/, '')}/status/${id}`;
}

function isAnswerTo(tweet: XTweet, replyTo: string | null): boolean {
  const repliedTo = tweet.referenced_tweets?.find((reference) => reference.type === 'replied_to')?.id ?? null;
  return repliedTo === replyTo;
}

/**
 * After an unknown outcome: reads the account's posts since `since` (GET /2/users/{id}/tweets)
 * and returns the oldest with the same text answering the same post, or null if none landed.
 */
export async function findXPost(api: XApi, account: AccountContext, request: PublishRequest, since: Date): Promise<PublishedPost | null> {
  const wanted = normalizeXText(request.text);
  let found: XTweet | null = null;
  let pageToken: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const query: Record<string, string> = { max_results: '100', start_time: startTime(since), exclude: 'retweets', 'tweet.fields': 'created_at,referenced_tweets' };
    if (pageToken) query.pagination_token = pageToken;
    const call = { method: 'GET', path: `/2/users/${encodeURIComponent(account.platformAccountId)}/tweets`, query, idempotent: true, bucket: 'x:users:tweets', what: 'read recent posts' } as const;
    const result = await api.call(account, call, xTweetPageSchema);
    for (const tweet of result.data ?? []) {
      // Newest first, so the last match is the oldest: the first attempt that landed.
      if (normalizeXText(tweet.text) === wanted && isAnswerTo(tweet, request.replyToPlatformPostId)) found = tweet;
    }
    pageToken = result.meta?.next_token;
    if (!pageToken) break;
  }
  if (!found) return null;
  return { platformPostId: found.id, url: xPostUrl(account.handle, found.id), publishedAt: found.created_at ? new Date(found.created_at) : since };
}

/**
 * Replies in the post's conversation from the last 7 days (recent search's reach), without the
 * post itself and without the account's own thread continuations.
 */
export async function listXReplies(api: XApi, account: AccountContext, platformPostId: string): Promise<PlatformComment[]> {
  const comments: PlatformComment[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const query: Record<string, string> = {
      query: `conversation_id:${platformPostId}`,
      max_results: '100',
      'tweet.fields': 'author_id,created_at,conversation_id',
      expansions: 'author_id',
    };
    if (nextToken) query.next_token = nextToken;
    const call = { method: 'GET', path: '/2/tweets/search/recent', query, idempotent: true, bucket: 'x:tweets:search', what: 'search replies' } as const;
    const result = await api.call(account, call, xTweetPageSchema);
    const handles = new Map((result.includes?.users ?? []).map((user) => [user.id, user.username]));
    for (const tweet of result.data ?? []) {
      if (tweet.id === platformPostId || tweet.author_id === account.platformAccountId) continue;
      comments.push({
        platformCommentId: tweet.id,
        platformPostId,
        authorHandle: handles.get(tweet.author_id ?? '') ?? tweet.author_id ?? 'unknown',
        text: decodeXEntities(tweet.text),
        createdAt: tweet.created_at ? new Date(tweet.created_at) : new Date(0),
      });
    }
    nextToken = result.meta?.next_token;
    if (!nextToken) break;
  }
  return comments;
}
