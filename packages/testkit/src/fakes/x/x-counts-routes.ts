import type { FakeRequest, FakeRoute } from '../fake-server';
import { invalidRequest, problem } from './x-responses';
import type { XState } from './x-state';

/** The principal id of app-only bearer tokens (also the rate limiter's key for the app). */
export const appPrincipalId = 'app';

const stepMs: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };
const sevenDaysMs = 7 * 86_400_000;

/** The words a stored post must contain: the query without operators (`lang:en`, `-is:retweet`) and quotes. */
function queryTerms(query: string): string[] {
  return query
    .replace(/["()]/g, ' ')
    .split(/\s+/)
    .filter((term) => term && !term.includes(':') && !term.startsWith('-') && !['OR', 'AND'].includes(term))
    .map((term) => term.toLowerCase());
}

/** Bucket edges from start to end: the first and last partial, the rest aligned to the granularity. */
function bucketEdges(start: number, end: number, step: number): number[] {
  const edges = [start];
  for (let edge = Math.floor(start / step) * step + step; edge < end; edge += step) edges.push(edge);
  edges.push(end);
  return edges;
}

function counts(state: XState, request: FakeRequest) {
  const query = request.query.get('query') ?? '';
  const step = stepMs[request.query.get('granularity') ?? 'hour'] ?? stepMs.hour ?? 3_600_000;
  const now = request.receivedAt.getTime();
  // X's defaults: end 30 s ago, start 7 days before now.
  const end = request.query.get('end_time') ? Date.parse(request.query.get('end_time') ?? '') : now - 30_000;
  const start = request.query.get('start_time') ? Date.parse(request.query.get('start_time') ?? '') : now - sevenDaysMs;
  const edges = bucketEdges(start, end, step);
  const series = state.recentCounts.get(query) ?? [];
  const terms = queryTerms(query);
  const stored = [...state.tweets.values()].filter((tweet) => terms.length > 0 && terms.every((term) => tweet.text.toLowerCase().includes(term)));
  const buckets = edges.slice(0, -1).map((from, index) => {
    const to = edges[index + 1] ?? end;
    const fromSeries = series[series.length - (edges.length - 1 - index)] ?? 0;
    const fromStore = stored.filter((tweet) => tweet.createdAt.getTime() >= from && tweet.createdAt.getTime() < to).length;
    return { end: new Date(to).toISOString(), start: new Date(from).toISOString(), tweet_count: fromSeries + fromStore };
  });
  return { data: buckets, meta: { total_tweet_count: buckets.reduce((sum, bucket) => sum + bucket.tweet_count, 0) } };
}

/** GET /2/tweets/counts/recent: app-only, as on the real API (a user token gets X's 403). */
export function xCountsRoutes(state: XState): FakeRoute[] {
  return [
    {
      method: 'GET',
      path: '/2/tweets/counts/recent',
      auth: 'user',
      handle(request) {
        if (request.principal?.userId !== appPrincipalId) {
          return problem(403, 'Authenticating with OAuth 2.0 User Context is forbidden for this endpoint.  Supported authentication types are [OAuth 2.0 Application-Only].', 'https://api.twitter.com/2/problems/unsupported-authentication', {
            title: 'Unsupported Authentication',
          });
        }
        const start = request.query.get('start_time');
        if (start && Date.parse(start) < request.receivedAt.getTime() - sevenDaysMs) {
          return invalidRequest(`Invalid 'start_time':'${start}'. 'start_time' must be on or after ${new Date(request.receivedAt.getTime() - sevenDaysMs).toISOString()}`);
        }
        return { status: 200, body: counts(state, request) };
      },
    },
  ];
}
