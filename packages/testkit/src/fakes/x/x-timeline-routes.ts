import type { FakeRequest, FakeResponse, FakeRoute } from '../fake-server';
import { invalidRequest, problem, renderTweet, tweetFields } from './x-responses';
import type { XState, XTweet, XUser } from './x-state';

const sevenDaysMs = 7 * 24 * 3600 * 1000;

/** One page of tweets, newest first, in X's {data, includes, meta} envelope. */
function page(state: XState, request: FakeRequest, tweets: XTweet[], defaultMax: number, tokenParam: 'pagination_token' | 'next_token'): FakeResponse {
  const max = Number(request.query.get('max_results') ?? defaultMax);
  const token = request.query.get(tokenParam) ?? request.query.get('pagination_token');
  const offset = token ? parseInt(token.slice(1), 36) : 0;
  if (Number.isNaN(offset)) return invalidRequest(`The \`${tokenParam}\` query parameter value [${token}] is not valid`);
  const slice = tweets.slice(offset, offset + max);
  const fields = tweetFields(request.query);
  const meta: Record<string, unknown> = { result_count: slice.length };
  if (slice.length > 0) {
    meta.newest_id = slice[0]?.id;
    meta.oldest_id = slice.at(-1)?.id;
  }
  if (offset + max < tweets.length) meta.next_token = `p${(offset + max).toString(36)}`;
  const body: Record<string, unknown> = { meta };
  if (slice.length > 0) body.data = slice.map((tweet) => renderTweet(tweet, fields));
  if (slice.length > 0 && (request.query.get('expansions') ?? '').split(',').includes('author_id')) {
    const authors = [...new Set(slice.map((tweet) => tweet.authorId))].flatMap((id) => {
      const user = state.users.get(id);
      return user ? [{ id: user.id, name: user.name, username: user.username }] : [];
    });
    body.includes = { users: authors };
  }
  return { status: 200, body };
}

function timeFilter(request: FakeRequest, tweets: XTweet[]): XTweet[] {
  const start = request.query.get('start_time');
  const end = request.query.get('end_time');
  const sinceId = request.query.get('since_id');
  return tweets.filter(
    (tweet) =>
      (!start || tweet.createdAt >= new Date(start)) &&
      (!end || tweet.createdAt < new Date(end)) &&
      (!sinceId || BigInt(tweet.id) > BigInt(sinceId)),
  );
}

/** A User object with the default fields plus public_metrics when `user.fields` asks for it. */
function renderUser(state: XState, user: XUser, request: FakeRequest): Record<string, unknown> {
  const rendered: Record<string, unknown> = { id: user.id, name: user.name, username: user.username };
  const fields = new Set((request.query.get('user.fields') ?? '').split(',').filter(Boolean));
  if (fields.has('public_metrics')) {
    rendered.public_metrics = { followers_count: user.followers, following_count: user.following, tweet_count: state.tweetsBy(user.id).length, listed_count: 0, like_count: 0 };
  }
  return rendered;
}

/**
 * GET /2/users/me, GET /2/users/by/username/{username}, GET /2/users/{id}/tweets (the user's
 * recent posts) and recent search.
 */
export function xTimelineRoutes(state: XState): FakeRoute[] {
  return [
    {
      method: 'GET',
      path: '/2/users/me',
      auth: 'user',
      handle(request) {
        const user = state.users.get(request.principal?.userId ?? '');
        if (!user) return problem(401);
        return { status: 200, body: { data: renderUser(state, user, request) } };
      },
    },
    {
      method: 'GET',
      path: '/2/users/by/username/{username}',
      auth: 'user',
      handle(request) {
        const username = (request.params.username ?? '').toLowerCase();
        const user = [...state.users.values()].find((candidate) => candidate.username.toLowerCase() === username);
        // X answers an unknown name with 200 and a partial error, not 404.
        if (!user) {
          const detail = `Could not find user with username: [${request.params.username ?? ''}].`;
          return { status: 200, body: { errors: [{ value: request.params.username, detail, title: 'Not Found Error', resource_type: 'user', parameter: 'username', resource_id: request.params.username, type: 'https://api.twitter.com/2/problems/resource-not-found' }] } };
        }
        return { status: 200, body: { data: renderUser(state, user, request) } };
      },
    },
    {
      method: 'GET',
      path: '/2/users/{id}/tweets',
      auth: 'user',
      handle(request) {
        const id = request.params.id ?? '';
        if (!state.users.has(id)) return problem(404, `Could not find user with id: [${id}].`, 'https://api.twitter.com/2/problems/resource-not-found');
        const excluded = new Set((request.query.get('exclude') ?? '').split(','));
        const tweets = timeFilter(request, state.tweetsBy(id)).filter((tweet) => !(excluded.has('replies') && tweet.inReplyToUserId !== null && tweet.inReplyToUserId !== id));
        return page(state, request, tweets, 10, 'pagination_token');
      },
    },
    {
      method: 'GET',
      path: '/2/tweets/search/recent',
      auth: 'user',
      handle(request) {
        // The fake understands the one operator the connector needs.
        const conversation = /^conversation_id:(\d+)$/.exec(request.query.get('query') ?? '')?.[1];
        if (!conversation) return invalidRequest('the fake X supports only query=conversation_id:<id>');
        const since = request.receivedAt.getTime() - sevenDaysMs;
        const tweets = [...state.tweets.values()]
          .filter((tweet) => tweet.conversationId === conversation && tweet.createdAt.getTime() >= since)
          .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
        return page(state, request, timeFilter(request, tweets), 10, 'next_token');
      },
    },
  ];
}
