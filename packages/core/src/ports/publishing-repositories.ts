import type { PostLabels } from '../learning/post-labels';
import type { Pagination, Page } from '../shared/pagination';
import type { Platform } from '../publishing/platforms';
import type { PostProvenance, PostRecord, PostStatus, Priority, TargetOverride, TargetRecord, TargetStatus } from '../publishing/post';
import type { SocialAccountRecord } from '../publishing/social-account';

/** What a successful sync learned about an account. */
export interface AccountSync {
  handle: string;
  displayName: string;
  instanceLimits: SocialAccountRecord['instanceLimits'];
  syncedAt: Date;
}

export interface SocialAccountsRepository {
  /** Connects (or reconnects) an account; limits and sync time left out keep what was stored. */
  upsert(
    input: Omit<SocialAccountRecord, 'id' | 'createdAt' | 'status' | 'lastError' | 'lastErrorAt' | 'reconnectNotifiedAt' | 'instanceLimits' | 'lastSyncedAt'> &
      Partial<Pick<SocialAccountRecord, 'instanceLimits' | 'lastSyncedAt'>>,
  ): Promise<SocialAccountRecord>;
  findById(organizationId: string, id: string): Promise<SocialAccountRecord | null>;
  /** For workers, which act across organizations on behalf of a target. */
  findByIdAnyOrganization(id: string): Promise<SocialAccountRecord | null>;
  list(organizationId: string, filter: { brandId?: string }, pagination: Pagination): Promise<Page<SocialAccountRecord>>;
  delete(organizationId: string, id: string): Promise<void>;
  /**
   * Stores renewed credentials; with `expected`, only while the stored ones are still those (an
   * owner who reconnected meanwhile keeps theirs). False when nothing was written.
   */
  saveCredentials(id: string, encryptedCredentials: string, tokenExpiresAt: Date | null, expected?: string): Promise<boolean>;
  /**
   * Takes the account's credential lock until the surrounding transaction ends and returns its
   * sealed credentials as stored now (null when the account is gone). Every process that renews
   * a token takes it first, so only one of them spends a refresh token.
   */
  lockCredentials(id: string): Promise<string | null>;
  /** Marks the account as needing its owner; true only for the call that flipped it (notify once). */
  markNeedsReconnect(id: string, error: string, now: Date): Promise<boolean>;
  /**
   * Stores what a sync learned. The credentials just worked, so the account is active again and
   * its trouble cleared; `reactivated` is true only for the call that flipped it from
   * needs_reconnect (its held posts are released once). Null when the account is gone.
   */
  recordSync(organizationId: string, id: string, sync: AccountSync): Promise<{ account: SocialAccountRecord; reactivated: boolean } | null>;
  /** How many of the account's targets are in each status (for its health). */
  countTargetsByStatus(organizationId: string, id: string): Promise<Partial<Record<TargetStatus, number>>>;
}

export interface NewPost {
  organizationId: string;
  brandId: string;
  text: string;
  mediaIds: string[];
  tags: string[];
  priority: Priority;
  createdByUserId: string;
  /** Set by the AI studio for generated copy. */
  provenance?: PostProvenance | null;
  labels?: PostLabels | null;
}

export interface PostFilter {
  status?: PostStatus;
  brandId?: string;
  tag?: string;
  from?: Date;
  to?: Date;
  search?: string;
}

export interface PostsRepository {
  create(input: NewPost): Promise<PostRecord>;
  findById(organizationId: string, id: string): Promise<PostRecord | null>;
  /** Locks the row for the rest of the transaction (status changes must not race). */
  findByIdForUpdate(organizationId: string, id: string): Promise<PostRecord | null>;
  list(organizationId: string, filter: PostFilter, pagination: Pagination): Promise<Page<PostRecord>>;
  update(id: string, patch: Partial<Pick<PostRecord, 'text' | 'mediaIds' | 'tags' | 'priority' | 'status' | 'scheduledAt' | 'version' | 'reviewedByUserId' | 'reviewedAt' | 'reviewComment'>>): Promise<PostRecord>;
  delete(id: string): Promise<void>;
  saveVersion(postId: string, version: number, snapshot: Record<string, unknown>, userId: string | null): Promise<void>;
  listVersions(postId: string): Promise<Array<{ version: number; snapshot: Record<string, unknown>; createdAt: Date; createdByUserId: string | null }>>;
  /** The brand's latest post texts, newest first (what new copy must not repeat). */
  recentTexts(organizationId: string, brandId: string, limit: number): Promise<string[]>;
  /** Scheduled posts between two instants, for the calendar. */
  listScheduledBetween(organizationId: string, from: Date, to: Date, brandId?: string): Promise<PostRecord[]>;
}

export interface TargetsRepository {
  /**
   * Makes the post's unsent targets one per account, each with its account's override (none:
   * the post's content). Targets of accounts that stay keep their ids and place; new ones follow
   * in the order given; those of accounts no longer listed are removed. Returns all the post's
   * targets in that order (the order listForPost keeps).
   */
  replaceForPost(post: PostRecord, accounts: Array<{ id: string; platform: Platform }>, overrides: TargetOverride[]): Promise<TargetRecord[]>;
  listForPost(postId: string): Promise<TargetRecord[]>;
  listForPosts(postIds: string[]): Promise<TargetRecord[]>;
  findById(id: string): Promise<TargetRecord | null>;
  setSchedule(postId: string, scheduledAt: Date): Promise<TargetRecord[]>;
  cancelUnsent(postId: string): Promise<void>;
  /**
   * Restarts the lease just before a platform call; false when the claim was lost (this worker was
   * presumed dead). The lease then only has to outlast one call, which its timeouts bound.
   */
  renewClaim(id: string, claimToken: string, now: Date): Promise<boolean>;
  /** Records an outcome only if `claimToken` still holds the target (a stale worker changes nothing). */
  finish(id: string, claimToken: string, patch: Partial<Pick<TargetRecord, 'status' | 'nextAttemptAt' | 'attempts' | 'platformPostId' | 'platformUrl' | 'publishedAt' | 'lastErrorKind' | 'lastErrorMessage'>>): Promise<boolean>;
  /**
   * Stores the thread parts the platform has accepted so far (all of them, in order) and restarts
   * the lease for the next part, only while `claimToken` still holds the target: a stale worker
   * changes nothing. False when the claim was lost, and then no further part may be sent.
   */
  saveThreadProgress(id: string, claimToken: string, progress: NonNullable<TargetRecord['threadProgress']>, now: Date): Promise<boolean>;
  /** Publishing claims older than `olderThan` belong to dead workers: their outcome is unknown. */
  releaseAbandoned(olderThan: Date): Promise<TargetRecord[]>;
  /** Targets due before `dueBefore` that may have lost their queue job. */
  listOverdue(dueBefore: Date, limit: number): Promise<TargetRecord[]>;
  /** How many targets `listOverdue` would find (of one organization, or all), and the oldest due time. */
  overdueSummary(dueBefore: Date, organizationId: string | null): Promise<{ count: number; oldestDueAt: Date | null }>;
  countByStatus(postId: string): Promise<Partial<Record<TargetStatus, number>>>;
  /** Holds every unsent target of an account that needs reconnecting. */
  holdForAccount(socialAccountId: string): Promise<number>;
  /** Releases an account's held targets for delivery now (after reconnecting). */
  resumeHeld(socialAccountId: string, now: Date): Promise<TargetRecord[]>;
  /**
   * Sends a failed or held target again: scheduled, due now (or at its scheduled time if that is
   * still ahead), attempts back to 0, its last error kept until the next attempt. Null when the
   * target is no longer failed or held (someone else changed it first).
   */
  requeue(id: string, now: Date): Promise<TargetRecord | null>;
}

export interface QueueJob {
  /** The job's id when the caller must report it (e.g. "sync now" answers 202 with it); pg-boss picks one otherwise. */
  id?: string;
  name: string;
  data: object;
  startAfter?: Date;
  /** Higher runs first. */
  priority?: number;
  singletonKey?: string;
}

/** Queue writes that join the caller's transaction: a post and its jobs commit together. */
export interface JobsRepository {
  enqueue(jobs: QueueJob[]): Promise<void>;
}

/** The Sandbox network's storage (its "servers"), shared by every process through PostgreSQL. */
export interface SandboxPostsRepository {
  insert(post: { id: string; accountId: string; text: string; idempotencyKey: string; replyToId: string | null; mediaCount: number; tone: string | null; format: string | null; createdAt: Date }): Promise<void>;
  findByIdempotencyKey(accountId: string, idempotencyKey: string): Promise<{ id: string; createdAt: Date } | null>;
  find(id: string): Promise<{ id: string; accountId: string; text: string; createdAt: Date; mediaCount: number; tone: string | null; format: string | null } | null>;
  /** Several posts in one read (metrics of a batch); unknown ids are left out. */
  findMany(ids: string[]): Promise<Array<{ id: string; accountId: string; text: string; createdAt: Date; mediaCount: number; tone: string | null; format: string | null }>>;
  delete(id: string): Promise<void>;
  countByIdempotencyKey(idempotencyKey: string): Promise<number>;
  /** Posts the account had on the Sandbox at `asOf` (its profile's post count). */
  countForAccount(accountId: string, asOf: Date): Promise<number>;
}

/** Shared token buckets and circuit breakers (in PostgreSQL, so every worker process agrees). */
export interface ThrottleRepository {
  /** Takes `cost` tokens if available; otherwise says when enough will be. */
  take(key: string, spec: { capacity: number; refillPerSecond: number; cost: number }, now: Date): Promise<{ granted: boolean; retryAt: Date | null }>;
  /**
   * Takes tokens from several buckets at once (keys unique): a key is granted only when its whole
   * cost fits; the others are left untouched, for `take` to answer one request at a time.
   */
  takeMany(requests: Array<{ key: string; spec: { capacity: number; refillPerSecond: number; cost: number } }>, now: Date): Promise<Set<string>>;
  /** What a platform's headers said: the lower of its count and ours wins (ours knows about requests in flight); 0 remaining blocks until reset. */
  observe(key: string, observation: { remaining: number | null; resetAt: Date | null }, now: Date): Promise<void>;
  /** A 429: nothing goes through this bucket until `until`. */
  block(key: string, until: Date, now: Date): Promise<void>;
  /**
   * Read-only look at a bucket: tokens now (after refill, never above capacity) and a block still
   * in force; null when no delivery has created the bucket yet.
   */
  inspect(key: string, now: Date): Promise<{ tokens: number; capacity: number; blockedUntil: Date | null } | null>;
  /** When the platform's circuit is open, the instant it half-opens; null when closed. */
  circuitOpenUntil(platform: string, now: Date): Promise<Date | null>;
  recordPlatformSuccess(platform: string): Promise<void>;
  recordPlatformFailure(platform: string, now: Date, threshold: number, coolDownMs: number): Promise<void>;
}

export interface OAuthStateRecord {
  organizationId: string;
  brandId: string;
  userId: string;
  platform: string;
  codeVerifier: string;
}

export interface OAuthStatesRepository {
  create(input: OAuthStateRecord & { stateHash: string; expiresAt: Date }): Promise<void>;
  /** Deletes and returns an unexpired state: a callback can be used once. */
  consume(stateHash: string, now: Date): Promise<OAuthStateRecord | null>;
}

/** A claimed target with what delivering it needs; post or account null when deleted meanwhile. */
export interface ClaimedTarget {
  target: TargetRecord;
  post: PostRecord | null;
  account: SocialAccountRecord | null;
}

/**
 * The delivery hot path for a batch of targets (a worker's fetched jobs): the same claims and
 * outcomes as TargetsRepository, in a few statements per batch rather than several per target.
 */
export interface DeliveryBatchRepository {
  /**
   * Claims every due target among `ids` for one attempt: scheduled/retrying → publishing, or
   * verifying stays verifying, each with `claimToken`. Targets another worker holds, or that are
   * not due, are left out.
   */
  claimBatch(ids: string[], claimToken: string, now: Date): Promise<ClaimedTarget[]>;
  /** Records accepted posts; only rows `claimToken` still holds change. Returns their ids. */
  finishPublished(claimToken: string, results: Array<{ id: string; platformPostId: string; platformUrl: string | null; publishedAt: Date }>): Promise<string[]>;
  countByStatusForPosts(postIds: string[]): Promise<Map<string, Partial<Record<TargetStatus, number>>>>;
  setPostStatuses(changes: Array<{ postId: string; status: PostStatus }>): Promise<void>;
}
