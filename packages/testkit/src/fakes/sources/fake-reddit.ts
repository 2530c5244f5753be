import { randomBytes } from 'node:crypto';
import { SourceFakeServer, type SourceFakeAnswer, type SourceFakeRequest, type SourceFakeRoute } from './source-fake-server';
import { redditFixtures, redditListing, type RedditPostFixture } from './reddit-fixtures';

export interface FakeRedditOptions {
  clientId?: string;
  clientSecret?: string;
  /** Reddit app-only tokens live a day. */
  tokenTtlSeconds?: number;
  subreddits?: Record<string, RedditPostFixture[]>;
}

/** Reddit's 10-minute rate window, reported as seconds until it resets. */
const windowSeconds = 600;
const queriesPerWindow = 1000;

function errorBody(status: number): SourceFakeAnswer {
  const messages: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };
  const answer: SourceFakeAnswer = { status, body: { message: messages[status] ?? 'Error', error: status } };
  if (status === 429) answer.headers = { 'x-ratelimit-used': String(queriesPerWindow), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '412' };
  return answer;
}

function basicCredentials(authorization: string | undefined): { id: string; secret: string } | null {
  const encoded = /^Basic (\S+)$/i.exec(authorization ?? '')?.[1];
  if (!encoded) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/**
 * A fake Reddit for the read-only app flow: POST /api/v1/access_token (client credentials) on
 * the auth host and GET /r/{sub}/top on the API host — one server plays both. It checks Basic
 * auth, the grant type, a User-Agent on every call (Reddit blocks generic ones), the bearer token
 * and `limit ≤ 100`, and sends X-Ratelimit-* headers like Reddit's.
 */
export class FakeReddit extends SourceFakeServer {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly subreddits: Map<string, RedditPostFixture[]>;
  /** Issued tokens and when they expire (ms); tests revoke by deleting. */
  readonly tokens: Map<string, number>;

  constructor(options: FakeRedditOptions = {}) {
    const clientId = options.clientId ?? 'fake-client-id';
    const clientSecret = options.clientSecret ?? 'fake-client-secret';
    const ttl = options.tokenTtlSeconds ?? 86_400;
    const tokens = new Map<string, number>();
    const counter = { used: 0 };
    const state = { subreddits: new Map(Object.entries(options.subreddits ?? redditFixtures).map(([name, posts]) => [name.toLowerCase(), posts])) };
    const userAgentCheck = (request: SourceFakeRequest) => (/\S/.test(request.headers['user-agent'] ?? '') && !/^(node|undici|python-requests)/i.test(request.headers['user-agent'] ?? '') ? [] : ['a descriptive User-Agent is required']);
    const routes: SourceFakeRoute[] = [
      {
        method: 'POST',
        path: '/api/v1/access_token',
        validate: (request) => {
          const problems = userAgentCheck(request);
          if (!/^application\/x-www-form-urlencoded/.test(request.headers['content-type'] ?? '')) problems.push('the body must be form-encoded');
          if (new URLSearchParams(request.body).get('grant_type') !== 'client_credentials') problems.push('grant_type must be client_credentials');
          if (!basicCredentials(request.headers.authorization)) problems.push('HTTP Basic client_id:secret is required');
          return problems;
        },
        handle: (request) => {
          const credentials = basicCredentials(request.headers.authorization);
          if (credentials?.id !== clientId || credentials.secret !== clientSecret) return errorBody(401);
          const token = `-${randomBytes(18).toString('base64url')}`;
          tokens.set(token, Date.now() + ttl * 1000);
          return { status: 200, body: { access_token: token, token_type: 'bearer', expires_in: ttl, scope: '*' } };
        },
      },
      {
        method: 'GET',
        path: '/r/{sub}/top',
        validate: (request) => {
          const problems = userAgentCheck(request);
          const limit = Number(request.query.get('limit') ?? '25');
          if (!Number.isInteger(limit) || limit < 1 || limit > 100) problems.push(`limit must be 1–100, got ${request.query.get('limit')}`);
          const t = request.query.get('t');
          if (t !== null && !['hour', 'day', 'week', 'month', 'year', 'all'].includes(t)) problems.push(`t must be a time window, got ${t}`);
          if (!/^Bearer \S+$/i.test(request.headers.authorization ?? '')) problems.push('a bearer token is required on oauth.reddit.com');
          return problems;
        },
        handle: (request) => {
          const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
          const expiresAt = tokens.get(token);
          if (expiresAt === undefined || expiresAt <= Date.now()) return { ...errorBody(401), headers: { 'www-authenticate': 'Bearer realm="reddit", error="invalid_token"' } };
          counter.used += 1;
          const headers = { 'x-ratelimit-used': String(counter.used), 'x-ratelimit-remaining': String(Math.max(0, queriesPerWindow - counter.used)), 'x-ratelimit-reset': String(windowSeconds - (Math.floor(Date.now() / 1000) % windowSeconds)) };
          const posts = state.subreddits.get((request.params.sub ?? '').toLowerCase());
          if (!posts) return { ...errorBody(404), headers };
          return { status: 200, headers, body: redditListing(posts, Number(request.query.get('limit') ?? '25')) };
        },
      },
    ];
    super('Reddit', routes, (status) => errorBody(status));
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.subreddits = state.subreddits;
    this.tokens = tokens;
  }
}
