import type { Pagination, Page } from '../shared/pagination';
import type { Platform } from '../publishing/platforms';
import type { PostRecord, PostStatus, Priority, TargetRecord, TargetStatus } from '../publishing/post';
import type { SocialAccountRecord } from '../publishing/social-account';

export interface SocialAccountsRepository {
  upsert(input: Omit<SocialAccountRecord, 'id' | 'createdAt' | 'status' | 'lastError' | 'lastErrorAt' | 'reconnectNotifiedAt' | 'instanceLimits' | 'lastSyncedAt'>): Promise<SocialAccountRecord>;
  findById(organizationId: string, id: string): Promise<SocialAccountRecord | null>;
  /** For workers, which act across organizations on behalf of a target. */
  findByIdAnyOrganization(id: string): Promise<SocialAccountRecord | null>;
  list(organizationId: string, filter: { brandId?: string }, pagination: Pagination): Promise<Page<SocialAccountRecord>>;
  delete(organizationId: string, id: string): Promise<void>;
  saveCredentials(id: string, encryptedCredentials: string, tokenExpiresAt: Date | null): Promise<void>;
  /** Marks the account as needing its owner; true only for the call that flipped it (notify once). */
  markNeedsReconnect(id: string, error: string, now: Date): Promise<boolean>;
}

export interface NewPost {
  organizationId: string;
  brandId: string;
  text: string;
  mediaIds: string[];
  tags: string[];
  priority: Priority;
  createdByUserId: string;
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
  /** Scheduled posts between two instants, for the calendar. */
  listScheduledBetween(organizationId: string, from: Date, to: Date, brandId?: string): Promise<PostRecord[]>;
}

export interface TargetsRepository {
  /** Replaces the post's targets with one per account (only while nothing was sent). */
  replaceForPost(post: PostRecord, accounts: Array<{ id: string; platform: Platform }>): Promise<TargetRecord[]>;
  listForPost(postId: string): Promise<TargetRecord[]>;
  listForPosts(postIds: string[]): Promise<TargetRecord[]>;
  findById(id: string): Promise<TargetRecord | null>;
  setSchedule(postId: string, scheduledAt: Date): Promise<TargetRecord[]>;
  cancelUnsent(postId: string): Promise<void>;
  /**
   * Claims a due target for one attempt: scheduled/retrying → publishing, or verifying stays
   * verifying, with a fresh claim token. Null when another worker has it or it is not due.
   */
  claim(id: string, claimToken: string, now: Date): Promise<TargetRecord | null>;
  /**
   * Restarts the lease just before a platform call; false when the claim was lost (this worker was
   * presumed dead). The lease then only has to outlast one call, which its timeouts bound.
   */
  renewClaim(id: string, claimToken: string, now: Date): Promise<boolean>;
  /** Records an outcome only if `claimToken` still holds the target (a stale worker changes nothing). */
  finish(id: string, claimToken: string, patch: Partial<Pick<TargetRecord, 'status' | 'nextAttemptAt' | 'attempts' | 'platformPostId' | 'platformUrl' | 'publishedAt' | 'lastErrorKind' | 'lastErrorMessage'>>): Promise<boolean>;
  /** Publishing claims older than `olderThan` belong to dead workers: their outcome is unknown. */
  releaseAbandoned(olderThan: Date): Promise<TargetRecord[]>;
  /** Targets due before `dueBefore` that may have lost their queue job. */
  listOverdue(dueBefore: Date, limit: number): Promise<TargetRecord[]>;
  countByStatus(postId: string): Promise<Partial<Record<TargetStatus, number>>>;
  /** Holds every unsent target of an account that needs reconnecting. */
  holdForAccount(socialAccountId: string): Promise<number>;
  /** Releases an account's held targets for delivery now (after reconnecting). */
  resumeHeld(socialAccountId: string, now: Date): Promise<TargetRecord[]>;
}

export interface QueueJob {
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
  insert(post: { id: string; accountId: string; text: string; idempotencyKey: string; replyToId: string | null; mediaCount: number; createdAt: Date }): Promise<void>;
  findByIdempotencyKey(accountId: string, idempotencyKey: string): Promise<{ id: string; createdAt: Date } | null>;
  find(id: string): Promise<{ id: string; accountId: string; text: string; createdAt: Date; mediaCount: number } | null>;
  delete(id: string): Promise<void>;
  countByIdempotencyKey(idempotencyKey: string): Promise<number>;
}

/** Shared token buckets and circuit breakers (in PostgreSQL, so every worker process agrees). */
export interface ThrottleRepository {
  /** Takes `cost` tokens if available; otherwise says when enough will be. */
  take(key: string, spec: { capacity: number; refillPerSecond: number; cost: number }, now: Date): Promise<{ granted: boolean; retryAt: Date | null }>;
  /** What a platform's headers said: its count wins over ours; 0 remaining blocks until reset. */
  observe(key: string, observation: { remaining: number | null; resetAt: Date | null }, now: Date): Promise<void>;
  /** A 429: nothing goes through this bucket until `until`. */
  block(key: string, until: Date, now: Date): Promise<void>;
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
