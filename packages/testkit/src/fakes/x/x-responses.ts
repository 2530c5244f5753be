import type { FakeResponse } from '../fake-server';
import type { XTweet } from './x-state';

const titles: Record<number, string> = {
  400: 'Invalid Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found Error',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * X's error body: application/problem+json as X sends it, e.g.
 * {"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}.
 */
export function problem(status: number, detail?: string, type = 'about:blank', extra: Record<string, unknown> = {}): FakeResponse {
  const title = titles[status] ?? 'Error';
  return { status, contentType: 'application/problem+json', body: { title, detail: detail ?? title, type, status, ...extra } };
}

/** 400 the way X words invalid parameters. */
export function invalidRequest(message: string): FakeResponse {
  return problem(400, 'One or more parameters to your request was invalid.', 'https://api.twitter.com/2/problems/invalid-request', {
    errors: [{ message }],
  });
}

/** Per-user (per-app for app-only endpoints) 15-minute windows of the endpoints the fake serves (X's published defaults). */
const limits: Record<string, number> = {
  'POST /2/tweets': 200,
  'DELETE /2/tweets/{id}': 50,
  'GET /2/users/me': 75,
  'GET /2/users/by/username/{username}': 900,
  'GET /2/tweets': 900,
  'GET /2/users/{id}/tweets': 900,
  'GET /2/tweets/search/recent': 300,
  // App-only: the app is the "user" of its window.
  'GET /2/tweets/counts/recent': 300,
  'POST /2/media/upload': 500,
  'POST /2/media/metadata': 500,
};

/** Counts calls per user and endpoint, and words it as x-rate-limit-* headers (reset in epoch s). */
export class XRateLimiter {
  private readonly windows = new Map<string, { startedAt: number; used: number }>();

  constructor(
    private readonly now: () => Date,
    private readonly windowSeconds = 900,
  ) {}

  /** Counts one call (unless `peek`) and reports the window. */
  take(endpoint: string, userId: string, peek = false): { headers: Record<string, string>; exceeded: boolean } {
    const limit = limits[endpoint];
    if (limit === undefined) return { headers: {}, exceeded: false };
    const now = this.now().getTime();
    const key = `${userId} ${endpoint}`;
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowSeconds * 1000) {
      window = { startedAt: now, used: 0 };
      this.windows.set(key, window);
    }
    const exceeded = window.used >= limit;
    if (!exceeded && !peek) window.used += 1;
    const reset = Math.ceil((window.startedAt + this.windowSeconds * 1000) / 1000);
    const remaining = peek ? 0 : Math.max(0, limit - window.used);
    return {
      headers: { 'x-rate-limit-limit': String(limit), 'x-rate-limit-remaining': String(remaining), 'x-rate-limit-reset': String(reset) },
      exceeded,
    };
  }
}

/** X returns tweet text HTML-escaped (`&amp;`, `&lt;`, `&gt;`); the fake does too. */
export function escapeTweetText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A Tweet object with the default fields plus those asked for in `tweet.fields`. */
export function renderTweet(tweet: XTweet, fields: Set<string>): Record<string, unknown> {
  const rendered: Record<string, unknown> = { id: tweet.id, text: escapeTweetText(tweet.text), edit_history_tweet_ids: [tweet.id] };
  if (fields.has('author_id')) rendered.author_id = tweet.authorId;
  if (fields.has('created_at')) rendered.created_at = tweet.createdAt.toISOString();
  if (fields.has('conversation_id')) rendered.conversation_id = tweet.conversationId;
  if (fields.has('public_metrics')) rendered.public_metrics = { ...tweet.metrics };
  if (fields.has('in_reply_to_user_id') && tweet.inReplyToUserId) rendered.in_reply_to_user_id = tweet.inReplyToUserId;
  if (fields.has('referenced_tweets') && tweet.inReplyToTweetId) rendered.referenced_tweets = [{ type: 'replied_to', id: tweet.inReplyToTweetId }];
  if (fields.has('attachments') && tweet.mediaKeys.length > 0) rendered.attachments = { media_keys: tweet.mediaKeys };
  return rendered;
}

/** The comma-separated `tweet.fields` of a request. */
export function tweetFields(query: URLSearchParams): Set<string> {
  return new Set((query.get('tweet.fields') ?? '').split(',').filter(Boolean));
}
