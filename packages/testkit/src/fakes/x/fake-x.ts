import { xSpec } from '../../spec/platform-specs';
import { FakeServer, type FakePlatform, type FakeRequest, type Principal } from '../fake-server';
import { appPrincipalId, xCountsRoutes } from './x-counts-routes';
import { xMediaRoutes } from './x-media-routes';
import { xOAuthRoutes } from './x-oauth-routes';
import { problem, XRateLimiter } from './x-responses';
import { XState, type XUser } from './x-state';
import { xTimelineRoutes } from './x-timeline-routes';
import { xTweetRoutes } from './x-tweet-routes';

export interface FakeXOptions {
  now?: () => Date;
  /** X access tokens live 2 h; tests shorten or lengthen it. */
  accessTokenTtlSeconds?: number;
  /** Identical text from one author within this window is refused as duplicate content. */
  duplicateWindowMs?: number;
  /** An app-only bearer token the fake accepts from the start (more with `issueAppToken`). */
  appBearerToken?: string;
}

/** The scopes Socialseed asks X for; the fake's default grants. */
export const fakeXScopes = ['tweet.read', 'tweet.write', 'users.read', 'media.write', 'offline.access'];

function xPlatform(state: XState, limiter: XRateLimiter): FakePlatform {
  const authenticate = (authorization: string | undefined): Principal | null => {
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    // App-only tokens act as the app: no user, no scopes, so user-context routes refuse them (403).
    if (token && state.appTokens.has(token)) return { userId: appPrincipalId, scopes: [], token };
    const grant = token ? state.tokenGrant(token) : null;
    return token && grant ? { userId: grant.userId, scopes: grant.scopes, token } : null;
  };
  const endpoint = (request: FakeRequest) => `${request.method} ${request.template}`;
  return {
    name: 'X',
    spec: xSpec(),
    now: state.now,
    authenticate,
    unauthorized: () => problem(401),
    // X wants every scope an endpoint lists (POST /2/tweets: tweet.read, tweet.write, users.read).
    scopesCover: (granted, required) => required.every((scope) => granted.includes(scope)),
    insufficientScope: () => problem(403),
    errorResponse(status, request) {
      const answer = problem(status);
      if (status !== 429) return answer;
      const userId = authenticate(request.headers.authorization)?.userId ?? 'app';
      return { ...answer, headers: limiter.take(endpoint(request), userId, true).headers };
    },
    expireToken: (token) => state.expireToken(token),
    rateLimit: (request) => limiter.take(endpoint(request), request.principal?.userId ?? 'app'),
  };
}

/**
 * A fake X API v2 (https://api.x.com) checked against the official OpenAPI document: OAuth 2.0
 * with PKCE, users/me, create/delete/lookup of posts, the user's timeline, recent search by
 * conversation, recent post counts (app-only bearer), one-shot media upload and alt text.
 * Start it with `await new FakeX().start()`.
 */
export class FakeX extends FakeServer {
  readonly state: XState;

  constructor(options: FakeXOptions = {}) {
    const state = new XState(options.now ?? (() => new Date()), options.accessTokenTtlSeconds ?? 7200);
    const consentingUser = () => state.consentingUserId ?? [...state.users.keys()][0] ?? '';
    const routes = [
      ...xOAuthRoutes(state, consentingUser),
      ...xTweetRoutes(state, { duplicateWindowMs: options.duplicateWindowMs ?? 3_600_000 }),
      ...xTimelineRoutes(state),
      ...xMediaRoutes(state),
      ...xCountsRoutes(state),
    ];
    super(xPlatform(state, new XRateLimiter(state.now)), routes);
    this.state = state;
    if (options.appBearerToken) state.issueAppToken(options.appBearerToken);
  }

  /** An app-only bearer token (client credentials), for the endpoints that want one. */
  issueAppToken(token?: string): string {
    return this.state.issueAppToken(token);
  }

  /** Hourly post counts for a recent-counts query, newest last (added to matching stored posts). */
  setRecentCounts(query: string, hourly: number[]): void {
    this.state.recentCounts.set(query, hourly);
  }

  addUser(input: { username: string; name?: string; followers?: number; following?: number }): XUser {
    return this.state.addUser(input);
  }

  /** Registers an OAuth client; without a secret it is a public (PKCE-only) client. */
  registerClient(input: { clientId: string; clientSecret?: string | null; redirectUri: string }): void {
    this.state.clients.set(input.clientId, { clientId: input.clientId, clientSecret: input.clientSecret ?? null, redirectUris: [input.redirectUri] });
  }

  /** Tokens as if the user had completed the OAuth flow, for tests that start connected. */
  issueTokens(userId: string, clientId: string, scopes: string[] = fakeXScopes) {
    return this.state.issueTokens(userId, clientId, scopes);
  }

  /** Who approves the consent screen at /i/oauth2/authorize (default: the first user). */
  signInAs(userId: string): void {
    this.state.consentingUserId = userId;
  }

  /** A post by someone else, e.g. a reply to one of ours, as the platform would hold it. */
  addPostBy(authorId: string, text: string, inReplyToTweetId: string | null = null) {
    const parent = inReplyToTweetId ? this.state.tweets.get(inReplyToTweetId) : undefined;
    const id = this.state.nextId();
    const tweet = {
      id,
      authorId,
      text,
      createdAt: this.state.now(),
      conversationId: parent?.conversationId ?? id,
      inReplyToTweetId: parent?.id ?? null,
      inReplyToUserId: parent?.authorId ?? null,
      mediaKeys: [],
      metrics: { retweet_count: 0, reply_count: 0, like_count: 0, quote_count: 0, impression_count: 0, bookmark_count: 0 },
    };
    this.state.tweets.set(id, tweet);
    if (parent) parent.metrics.reply_count += 1;
    return tweet;
  }
}
