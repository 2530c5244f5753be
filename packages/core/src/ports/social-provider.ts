import type { Platform } from '../publishing/platforms';

/**
 * The closed set of ways a platform call fails; it alone drives what the engine does next.
 * - retry: transient (5xx, network) — try again with backoff.
 * - rate_limited: wait until `retryAt`, then try again.
 * - refresh: the access token expired — refresh it once, then try again.
 * - reconnect: the account needs its owner (revoked, password changed) — hold its posts.
 * - rejected: the request itself is invalid (content too long, duplicate …) — never retried.
 */
export type FailureKind = 'retry' | 'rate_limited' | 'refresh' | 'reconnect' | 'rejected';

export class ProviderError extends Error {
  readonly kind: FailureKind;
  /** For `rate_limited`: when the platform's window resets. */
  readonly retryAt: Date | null;
  /**
   * True when a write may have taken effect although no answer arrived (timeout or connection
   * reset after sending). The engine must then look for the post before sending it again.
   */
  readonly outcomeUnknown: boolean;
  readonly status: number | null;

  constructor(kind: FailureKind, message: string, options: { retryAt?: Date | null; outcomeUnknown?: boolean; status?: number | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ProviderError';
    this.kind = kind;
    this.retryAt = options.retryAt ?? null;
    this.outcomeUnknown = options.outcomeUnknown ?? false;
    this.status = options.status ?? null;
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/** Decrypted credentials of one connected account; never logged, stored encrypted. */
export interface AccountCredentials {
  accessToken: string;
  refreshToken: string | null;
  /** When the access token stops working; null when it does not expire (Mastodon). */
  expiresAt: Date | null;
}

/** What a provider needs to act as one connected account. */
export interface AccountContext {
  accountId: string;
  platform: Platform;
  /** The platform's id of the account (X user id, Bluesky DID, Mastodon account id). */
  platformAccountId: string;
  handle: string;
  /** API origin, e.g. https://mastodon.social; lets self-hosted instances and fakes be used. */
  baseUrl: string;
  credentials: AccountCredentials;
}

export interface MediaUpload {
  bytes: Buffer;
  mimeType: string;
  altText: string;
}

export interface PublishRequest {
  text: string;
  media: MediaUpload[];
  /** For threads: the post this one answers. */
  replyToPlatformPostId: string | null;
  /** Stable per target, so a retried create can be recognised (Mastodon Idempotency-Key). */
  idempotencyKey: string;
  /**
   * The tone and format the post was written with. Real networks never see them; only the
   * Sandbox's simulated audience reacts to them, so the learning loop has something to learn.
   */
  labels?: { tone: string | null; format: string | null } | null;
}

export interface PublishedPost {
  platformPostId: string;
  url: string | null;
  publishedAt: Date;
}

/** Counts a platform reports for one post; null means the platform does not say (never 0 for unknown). */
export interface PostMetrics {
  platformPostId: string;
  impressions: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  quotes: number | null;
  saves: number | null;
  clicks: number | null;
}

/** An account's audience as its platform reports it; null where the platform does not say (never 0 for unknown). */
export interface AccountProfile {
  followers: number | null;
  following: number | null;
  postsCount: number | null;
}

export interface PlatformComment {
  platformCommentId: string;
  platformPostId: string;
  authorHandle: string;
  text: string;
  createdAt: Date;
}

/** What a rate-limit header said, for the shared token buckets. */
export interface RateLimitObservation {
  /** Which limit: e.g. `x:tweets:create` or `mastodon:default`. */
  bucket: string;
  limit: number | null;
  remaining: number | null;
  resetAt: Date | null;
}

/**
 * One social network. Every method acts as one connected account, calls the platform's
 * official API over HTTP, and fails only with ProviderError. Token refresh is not here: it lives
 * once in the shared OAuth manager, which calls `refreshCredentials`.
 */
export interface SocialProvider {
  readonly platform: Platform;
  publish(account: AccountContext, request: PublishRequest): Promise<PublishedPost>;
  /**
   * After an unknown outcome: the post if it did land (matched by idempotency key or by the
   * account's recent posts with the same text since `since`), otherwise null.
   */
  findPublished(account: AccountContext, request: PublishRequest, since: Date): Promise<PublishedPost | null>;
  delete(account: AccountContext, platformPostId: string): Promise<void>;
  /**
   * Counts of the given posts, read in as few requests as the platform allows (it batches ids up to
   * its own lookup limit). Posts the platform no longer has are left out of the answer.
   */
  fetchMetrics(account: AccountContext, platformPostIds: string[]): Promise<PostMetrics[]>;
  /**
   * The audience of the connected account, or — given a handle — of a public account read as this
   * one (competitor tracking). A platform that does not let this account read it, or has no such
   * account, fails with `rejected`.
   */
  fetchProfile(account: AccountContext, handle?: string): Promise<AccountProfile>;
  listComments(account: AccountContext, platformPostId: string): Promise<PlatformComment[]>;
  reply(account: AccountContext, platformPostId: string, text: string): Promise<PublishedPost>;
  refreshCredentials(account: AccountContext): Promise<AccountCredentials>;
}

/** How a provider reports rate-limit headers it saw (fed into the shared buckets). */
export type RateLimitListener = (accountId: string, observation: RateLimitObservation) => void;
