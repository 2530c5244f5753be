import { createHttpClient } from '@socialseed/connectors/_shared/http-client';
import { systemClock, type Clock } from '@socialseed/core/shared/clock';
import {
  ProviderError,
  type AccountContext,
  type PlatformComment,
  type RateLimitListener,
  type SocialProvider,
} from '@socialseed/core/ports/social-provider';
import { createXrpcClient } from './bluesky.client';
import { buildPostRecord } from './bluesky.post';
import { fetchPostMetrics, fetchProfileCounts, findRecentPost, listMentionNotifications, listReplies } from './bluesky.reads';
import { createRecordSchema, deleteRecordSchema, sessionSchema } from './bluesky.schemas';
import { credentialsFromSession } from './bluesky.session';
import { parseAtUri, POST_COLLECTION, postWebUrl } from './bluesky.uri';

/** https://atproto.com/specs/handle#handle-identifier-syntax and https://atproto.com/specs/did#did-identifier-syntax */
const HANDLE = /^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
const DID = /^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$/;

export interface BlueskyProviderOptions {
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  onRateLimit?: RateLimitListener;
  timeoutMs?: number;
  clock?: Clock;
}

/** SocialProvider plus the notification feed the inbox reads for mentions and replies. */
export interface BlueskyProvider extends SocialProvider {
  listMentions(account: AccountContext): Promise<PlatformComment[]>;
}

/**
 * Bluesky over XRPC at the account's PDS (AccountContext.baseUrl), acting with the session's
 * access JWT; the DID is the account id and a post's at:// URI its platformPostId. Writes go
 * to the PDS; reads of views and counts are proxied by it to the AppView.
 */
export function createBlueskyProvider(options: BlueskyProviderOptions = {}): BlueskyProvider {
  const clock = options.clock ?? systemClock;

  function clientFor(account: AccountContext, accessJwt: string | undefined = account.credentials.accessToken) {
    const send = createHttpClient({
      ...(options.fetch ? { fetch: options.fetch } : {}),
      onRateLimit: (observation) => options.onRateLimit?.(account.accountId, observation),
    });
    return createXrpcClient({ baseUrl: account.baseUrl, send, ...(accessJwt ? { accessJwt } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  }

  const provider: BlueskyProvider = {
    platform: 'bluesky',

    async publish(account, request) {
      const client = clientFor(account);
      const createdAt = clock.now();
      const record = await buildPostRecord(client, request, createdAt, account.platformAccountId);
      // Not idempotent: a lost answer leaves the outcome unknown, and the engine calls findPublished.
      const created = await client.procedure('com.atproto.repo.createRecord', { repo: account.platformAccountId, collection: POST_COLLECTION, record }, createRecordSchema, { idempotent: false });
      return { platformPostId: created.uri, url: postWebUrl(created.uri), publishedAt: createdAt };
    },

    findPublished: (account, request, since) => findRecentPost(clientFor(account), account.platformAccountId, request, since),

    async delete(account, platformPostId) {
      const { repo, collection, rkey } = parseAtUri(platformPostId);
      if (repo !== account.platformAccountId && repo !== account.handle) {
        throw new ProviderError('rejected', `post ${platformPostId} is not in ${account.platformAccountId}'s repository`);
      }
      // deleteRecord succeeds for a record that is already gone, so repeating it is harmless.
      await clientFor(account).procedure('com.atproto.repo.deleteRecord', { repo: account.platformAccountId, collection, rkey }, deleteRecordSchema, { idempotent: true });
    },

    fetchMetrics: (account, platformPostIds) => fetchPostMetrics(clientFor(account), platformPostIds),

    async fetchProfile(account, handle) {
      if (handle === undefined) return fetchProfileCounts(clientFor(account), account.platformAccountId);
      // People type handles with a leading @; anything that is not a handle or DID would only earn a 400.
      const actor = handle.trim().replace(/^@/, '');
      if (!HANDLE.test(actor) && !DID.test(actor)) throw new ProviderError('rejected', `Bluesky: "${handle}" is not a handle or DID`);
      return fetchProfileCounts(clientFor(account), actor);
    },

    listComments: (account, platformPostId) => listReplies(clientFor(account), account.platformAccountId, platformPostId),

    reply: (account, platformPostId, text) =>
      provider.publish(account, { text, media: [], replyToPlatformPostId: platformPostId, idempotencyKey: `reply:${platformPostId}` }),

    async refreshCredentials(account) {
      const refreshJwt = account.credentials.refreshToken;
      if (!refreshJwt) throw new ProviderError('reconnect', 'no Bluesky refresh token stored; connect the account again with an app password');
      // The PDS accepts a spent refresh token again for a grace period, so a lost answer can be retried.
      const session = await clientFor(account).procedure('com.atproto.server.refreshSession', undefined, sessionSchema, { idempotent: true, token: refreshJwt, call: 'session' });
      if (session.did !== account.platformAccountId) throw new ProviderError('reconnect', `refreshed session belongs to ${session.did}, not ${account.platformAccountId}`);
      return credentialsFromSession(session);
    },

    listMentions: (account) => listMentionNotifications(clientFor(account)),
  };
  return provider;
}
