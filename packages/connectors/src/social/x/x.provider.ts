import { createHash } from 'node:crypto';
import { ProviderError, type AccountContext, type PostMetrics, type RateLimitListener, type SocialProvider } from '@socialseed/core/ports/social-provider';
import { classifyXError, createXApi, parseX } from './x.client';
import { checkXMedia, uploadXImage } from './x.media';
import { fetchXProfile } from './x.profile';
import { requestXToken, type XOAuthClientCredentials } from './x.oauth';
import { xCreateTweetSchema, xDeleteTweetSchema, xTweetLookupSchema } from './x.schemas';
import { findXPost, listXReplies, xPostUrl } from './x.timeline';

export interface XProviderOptions {
  /** The app's OAuth 2.0 client, needed to refresh tokens. */
  client: XOAuthClientCredentials;
  fetch?: typeof fetch;
  onRateLimit?: RateLimitListener;
  /** Per request; a create that times out leaves its outcome unknown. Default 15 s. */
  timeoutMs?: number;
  /** Per media upload. Default 60 s. */
  mediaTimeoutMs?: number;
  now?: () => Date;
}

/** GET /2/tweets takes at most 100 ids. */
const lookupBatch = 100;

/**
 * X (API v2) as a SocialProvider, acting as one user through an OAuth 2.0 user token.
 * Threads are chained replies; images go up one by one before the post (4 at most).
 */
export function createXProvider(options: XProviderOptions): SocialProvider {
  const api = createXApi({
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.onRateLimit ? { onRateLimit: options.onRateLimit } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const now = options.now ?? (() => new Date());

  const provider: SocialProvider = {
    platform: 'x',

    async publish(account, request) {
      checkXMedia(request.media);
      const mediaIds: string[] = [];
      for (const media of request.media) mediaIds.push(await uploadXImage(api, account, media, options.mediaTimeoutMs ?? 60_000));
      const body: Record<string, unknown> = {};
      if (request.text) body.text = request.text;
      if (mediaIds.length > 0) body.media = { media_ids: mediaIds };
      if (request.replyToPlatformPostId) body.reply = { in_reply_to_tweet_id: request.replyToPlatformPostId };
      const created = await api.call(account, { method: 'POST', path: '/2/tweets', body, idempotent: false, creates: true, bucket: 'x:tweets:create', what: 'create post' }, xCreateTweetSchema);
      return { platformPostId: created.data.id, url: xPostUrl(account.handle, created.data.id), publishedAt: now() };
    },

    findPublished: (account, request, since) => findXPost(api, account, request, since),

    async delete(account, platformPostId) {
      const call = { method: 'DELETE', path: `/2/tweets/${encodeURIComponent(platformPostId)}`, idempotent: true, bucket: 'x:tweets:delete', what: 'delete post' } as const;
      const response = await api.send(account, call);
      // Gone already (404, or deleted:false) is what the caller wants.
      if (response.status === 404) return;
      if (response.status >= 200 && response.status < 300) {
        parseX(xDeleteTweetSchema, response, call);
        return;
      }
      const error = classifyXError(response, call, account.credentials.refreshToken !== null);
      // Deleting a post that is not the account's is a wrong request, not an account problem.
      throw response.status === 403 ? new ProviderError('rejected', error.message, { status: 403 }) : error;
    },

    async fetchMetrics(account, platformPostIds) {
      const metrics: PostMetrics[] = [];
      for (let start = 0; start < platformPostIds.length; start += lookupBatch) {
        const ids = platformPostIds.slice(start, start + lookupBatch);
        const query = { ids: ids.join(','), 'tweet.fields': 'public_metrics' };
        const result = await api.call(account, { method: 'GET', path: '/2/tweets', query, idempotent: true, bucket: 'x:tweets:lookup', what: 'read metrics' }, xTweetLookupSchema);
        // Deleted posts come back under `errors` and are left out.
        for (const tweet of result.data ?? []) {
          const counts = tweet.public_metrics;
          metrics.push({
            platformPostId: tweet.id,
            impressions: counts?.impression_count ?? null,
            likes: counts?.like_count ?? null,
            comments: counts?.reply_count ?? null,
            shares: counts?.retweet_count ?? null,
            quotes: counts?.quote_count ?? null,
            saves: counts?.bookmark_count ?? null,
            // Link clicks are only in non_public_metrics, for 30 days; not requested.
            clicks: null,
          });
        }
      }
      return metrics;
    },

    fetchProfile: (account, handle) => fetchXProfile(api, account, handle),

    listComments: (account, platformPostId) => listXReplies(api, account, platformPostId),

    reply(account, platformPostId, text) {
      // Same answer to the same post gets the same key, so the engine can recognise a retry.
      const idempotencyKey = createHash('sha256').update(`${account.accountId}\u0000${platformPostId}\u0000${text}`).digest('hex');
      return provider.publish(account, { text, media: [], replyToPlatformPostId: platformPostId, idempotencyKey });
    },

    async refreshCredentials(account: AccountContext) {
      const refreshToken = account.credentials.refreshToken;
      if (!refreshToken) throw new ProviderError('reconnect', 'X account has no refresh token (connected without offline.access)');
      return requestXToken({
        baseUrl: account.baseUrl,
        client: options.client,
        grant: { grant_type: 'refresh_token', refresh_token: refreshToken },
        refusedKind: 'reconnect',
        previousRefreshToken: refreshToken,
        now,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      });
    },
  };
  return provider;
}
