import type { FakeRequest, FakeResponse, FakeRoute } from '../fake-server';
import { escapeTweetText, invalidRequest, problem, renderTweet, tweetFields } from './x-responses';
import type { XState, XTweet } from './x-state';

/** The body of POST /2/tweets after spec validation (TweetCreateRequest). */
interface TweetCreateBody {
  text?: string;
  media?: { media_ids: string[] };
  poll?: unknown;
  quote_tweet_id?: string;
  reply?: { in_reply_to_tweet_id: string };
}

export interface XTweetRouteOptions {
  /** How long identical text from one author counts as duplicate content. */
  duplicateWindowMs: number;
}

function userId(request: FakeRequest): string {
  // auth: 'user' routes always have a principal; the server answered 401 otherwise.
  return request.principal?.userId ?? '';
}

function createTweet(state: XState, options: XTweetRouteOptions, request: FakeRequest): FakeResponse {
  const body = (request.body.kind === 'json' ? request.body.value : {}) as TweetCreateBody;
  const authorId = userId(request);
  const text = body.text ?? '';
  const mediaIds = body.media?.media_ids ?? [];
  if (!text && mediaIds.length === 0) return invalidRequest('Post text or media is required.');
  if (mediaIds.length > 0 && (body.poll !== undefined || body.quote_tweet_id !== undefined)) return invalidRequest('media, poll and quote_tweet_id are mutually exclusive.');
  const media = mediaIds.map((id) => state.media.get(id));
  if (media.some((item) => !item || item.ownerId !== authorId)) return invalidRequest('Your media IDs are invalid.');
  const parentId = body.reply?.in_reply_to_tweet_id;
  const parent = parentId ? state.tweets.get(parentId) : undefined;
  if (parentId && !parent) return problem(403, 'You attempted to reply to a Tweet that is deleted or not visible to you.');
  const now = request.receivedAt;
  const duplicate = text !== '' && state.tweetsBy(authorId).some((tweet) => tweet.text === text && now.getTime() - tweet.createdAt.getTime() < options.duplicateWindowMs);
  if (duplicate) return problem(403, 'You are not allowed to create a Tweet with duplicate content.');
  const id = state.nextId();
  const tweet: XTweet = {
    id,
    authorId,
    text,
    createdAt: now,
    conversationId: parent?.conversationId ?? id,
    inReplyToTweetId: parent?.id ?? null,
    inReplyToUserId: parent?.authorId ?? null,
    mediaKeys: media.flatMap((item) => (item ? [item.mediaKey] : [])),
    metrics: { retweet_count: 0, reply_count: 0, like_count: 0, quote_count: 0, impression_count: 0, bookmark_count: 0 },
  };
  state.tweets.set(id, tweet);
  if (parent) parent.metrics.reply_count += 1;
  return { status: 201, body: { data: { id, text: escapeTweetText(text), edit_history_tweet_ids: [id] } } };
}

function notFound(id: string): Record<string, unknown> {
  return {
    value: id,
    detail: `Could not find tweet with ids: [${id}].`,
    title: 'Not Found Error',
    resource_type: 'tweet',
    parameter: 'ids',
    resource_id: id,
    type: 'https://api.twitter.com/2/problems/resource-not-found',
  };
}

/** POST /2/tweets, DELETE /2/tweets/{id} and GET /2/tweets (lookup by ids, with public_metrics). */
export function xTweetRoutes(state: XState, options: XTweetRouteOptions): FakeRoute[] {
  return [
    { method: 'POST', path: '/2/tweets', auth: 'user', handle: (request) => createTweet(state, options, request) },
    {
      method: 'DELETE',
      path: '/2/tweets/{id}',
      auth: 'user',
      handle(request) {
        const id = request.params.id ?? '';
        const tweet = state.tweets.get(id);
        if (!tweet) return problem(404, `Could not find tweet with id: [${id}].`, 'https://api.twitter.com/2/problems/resource-not-found');
        if (tweet.authorId !== userId(request)) return problem(403, 'You are not allowed to delete this Tweet.');
        state.tweets.delete(id);
        return { status: 200, body: { data: { deleted: true } } };
      },
    },
    {
      method: 'GET',
      path: '/2/tweets',
      auth: 'user',
      handle(request) {
        const ids = (request.query.get('ids') ?? '').split(',');
        const fields = tweetFields(request.query);
        const found = ids.flatMap((id) => {
          const tweet = state.tweets.get(id);
          return tweet ? [renderTweet(tweet, fields)] : [];
        });
        const missing = ids.filter((id) => !state.tweets.has(id)).map(notFound);
        return { status: 200, body: { ...(found.length > 0 ? { data: found } : {}), ...(missing.length > 0 ? { errors: missing } : {}) } };
      },
    },
  ];
}
