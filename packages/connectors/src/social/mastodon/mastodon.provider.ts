import { createHash } from 'node:crypto';
import type { RateLimitListener, SocialProvider } from '@socialseed/core/ports/social-provider';
import { classifyMastodonError, createMastodonApi, parseMastodon } from './mastodon.client';
import { uploadMastodonMedia, type MastodonMediaTiming } from './mastodon.media';
import { fetchMastodonMetrics } from './mastodon.metrics';
import { fetchMastodonProfile } from './mastodon.profile';
import { mastodonStatusSchema } from './mastodon.schemas';
import { findMastodonStatus, listMastodonReplies, toPublishedPost } from './mastodon.timeline';

export interface MastodonProviderOptions {
  fetch?: typeof fetch;
  onRateLimit?: RateLimitListener;
  /** Per request; a create that times out leaves its outcome unknown. Default 15 s. */
  timeoutMs?: number;
  media?: Partial<MastodonMediaTiming>;
}

/**
 * The key as a header value: printable ASCII passes unchanged; anything else (newlines, non-ASCII,
 * over-long) is hashed, so any stable key stays stable and never makes the request unsendable.
 */
export function idempotencyHeader(key: string): string {
  return /^[\x20-\x7e]{1,128}$/.test(key) && key === key.trim() ? key : createHash('sha256').update(key).digest('hex');
}

const defaultMediaTiming: MastodonMediaTiming = { uploadTimeoutMs: 60_000, pollIntervalMs: 1_000, processingTimeoutMs: 120_000 };

/**
 * Mastodon as a SocialProvider, on any instance (AccountContext.baseUrl). Every create sends
 * Idempotency-Key = request.idempotencyKey, so the instance itself turns a repeated create within
 * an hour into the first status instead of a duplicate.
 */
export function createMastodonProvider(options: MastodonProviderOptions = {}): SocialProvider {
  const api = createMastodonApi({
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.onRateLimit ? { onRateLimit: options.onRateLimit } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const timing = { ...defaultMediaTiming, ...options.media };
  /** Servers older than Mastodon 4.3, found when they answered 404 to a many-status read. */
  const serversWithoutBatchReads = new Map<string, number>();

  const provider: SocialProvider = {
    platform: 'mastodon',

    async publish(account, request) {
      const mediaIds: string[] = [];
      for (const media of request.media) mediaIds.push(await uploadMastodonMedia(api, account, media, timing));
      const body: Record<string, unknown> = {};
      if (request.text) body.status = request.text;
      if (mediaIds.length > 0) body.media_ids = mediaIds;
      if (request.replyToPlatformPostId) body.in_reply_to_id = request.replyToPlatformPostId;
      const call = { method: 'POST', path: '/api/v1/statuses', body, headers: { 'Idempotency-Key': idempotencyHeader(request.idempotencyKey) }, idempotent: false, bucket: 'mastodon:default', what: 'create status' } as const;
      return toPublishedPost(await api.call(account, call, mastodonStatusSchema));
    },

    findPublished: (account, request, since) => findMastodonStatus(api, account, request, since),

    async delete(account, platformPostId) {
      const call = { method: 'DELETE', path: `/api/v1/statuses/${encodeURIComponent(platformPostId)}`, idempotent: true, bucket: 'mastodon:statuses:delete', what: 'delete status' } as const;
      const response = await api.send(account, call);
      // Already gone is what the caller wants.
      if (response.status === 404) return;
      if (response.status >= 200 && response.status < 300) return;
      throw classifyMastodonError(response, call);
    },

    fetchMetrics: (account, platformPostIds) => fetchMastodonMetrics(api, account, platformPostIds, serversWithoutBatchReads),

    fetchProfile: (account, handle) => fetchMastodonProfile(api, account, handle),

    listComments: (account, platformPostId) => listMastodonReplies(api, account, platformPostId),

    reply(account, platformPostId, text) {
      // Same answer to the same status → same Idempotency-Key, so a retried reply is not doubled.
      const idempotencyKey = createHash('sha256').update(`${account.accountId}\u0000${platformPostId}\u0000${text}`).digest('hex');
      return provider.publish(account, { text, media: [], replyToPlatformPostId: platformPostId, idempotencyKey });
    },

    // Mastodon access tokens do not expire; there is nothing to refresh.
    refreshCredentials: async (account) => account.credentials,
  };
  return provider;
}
