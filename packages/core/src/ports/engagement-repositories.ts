import type { EngagementCounts } from '../learning/engagement-metrics';
import type { Platform } from '../publishing/platforms';
import type { SocialAccountRecord } from '../publishing/social-account';

/** A published target the sync claimed: what fetching and recording its counts needs. */
export interface TrackedTarget {
  targetId: string;
  organizationId: string;
  brandId: string;
  postId: string;
  socialAccountId: string;
  platform: Platform;
  platformPostId: string;
  publishedAt: Date;
  /** The slot this claim serves (`next_fetch_at` when claimed); its snapshot is keyed by it. */
  dueAt: Date;
}

/** One fetched target, ready to be stored: its snapshot and the row's new latest state. */
export interface EngagementReading {
  targetId: string;
  organizationId: string;
  dueAt: Date;
  fetchedAt: Date;
  counts: EngagementCounts;
  /** Impressions estimated from followers and history, for platforms that report none; else null. */
  estimatedImpressions: number | null;
  reward: number | null;
  rewardEstimated: boolean;
  rewardFinal: boolean;
  engagementRate: number | null;
  virality: number | null;
  nextFetchAt: Date;
}

/** Which rows a pass works on: everything due, or one organization's, or some accounts'. */
export interface EngagementScope {
  organizationId?: string;
  socialAccountIds?: string[];
}

/**
 * `post_engagement` and `post_metric_snapshots`: the sync's work items and what it measured.
 * A row is claimed with a lease (`claimed_until`); recording is guarded by the slot it served,
 * so a crashed or overtaken worker never counts a slot twice.
 */
export interface EngagementRepository {
  /**
   * Starts tracking published targets that have no row yet (INSERT … SELECT … ON CONFLICT DO
   * NOTHING), first due at their publication time: those published since `since`, or exactly
   * `targetIds` whatever their age. Returns how many were added.
   */
  enrolPublished(input: { since: Date; scope?: EngagementScope; targetIds?: string[] }): Promise<number>;
  /**
   * "Sync now": rows of the organization still being tracked and not fetched since
   * `notFetchedSince` become due at `now` (claimed rows are left alone). Returns how many.
   */
  makeDue(organizationId: string, now: Date, notFetchedSince: Date): Promise<number>;
  /**
   * Claims up to `limit` due rows (next_fetch_at ≤ now, no live claim) until `leaseUntil`, with
   * FOR UPDATE SKIP LOCKED, so concurrent passes split the work instead of repeating it.
   */
  claimDue(input: { now: Date; leaseUntil: Date; limit: number; scope?: EngagementScope }): Promise<TrackedTarget[]>;
  /** Leaves rows due but unclaimable until `until` (rate limit, open circuit, failure): the slot is kept. */
  defer(targetIds: string[], until: Date): Promise<void>;
  /**
   * Stores a batch in one transaction: each row still at the slot it was claimed for is advanced
   * (latest counts, reward, fetch_count + 1, next_fetch_at, claim released) and only for those a
   * snapshot is inserted, ON CONFLICT (target_id, due_at) DO NOTHING. Returns the recorded ids;
   * a row another worker already recorded for that slot is left as it is.
   */
  record(readings: EngagementReading[]): Promise<string[]>;
  /** Posts the platform no longer has: the slot passes without a snapshot (counts stay as last seen). */
  skip(items: Array<{ targetId: string; dueAt: Date; nextFetchAt: Date }>): Promise<void>;
  /**
   * Likes + comments + shares (latest counts) of each account's measured posts published between
   * `from` and `to`, for its reach history; posts with no known interaction are left out.
   */
  interactionHistory(socialAccountIds: string[], window: { from: Date; to: Date }): Promise<Map<string, number[]>>;
}

export interface AudienceSnapshot {
  capturedHour: Date;
  capturedAt: Date;
  followers: number | null;
  following: number | null;
  postsCount: number | null;
}

/** A competitor to read this hour, and the brand's account (same platform) to read it as. */
export interface CompetitorToRead {
  id: string;
  organizationId: string;
  brandId: string;
  platform: Platform;
  handle: string;
  readerAccountId: string;
}

/** `account_snapshots` and `competitor_snapshots`: audience sizes over time, at most one per hour. */
export interface AudienceSnapshotsRepository {
  /** Active accounts in scope with no snapshot for `hour` yet, oldest snapshot first. */
  accountsToSnapshot(hour: Date, scope: EngagementScope, limit: number): Promise<SocialAccountRecord[]>;
  /** False when the account already has one for that hour (another worker was first). */
  insertAccountSnapshot(socialAccountId: string, organizationId: string, snapshot: AudienceSnapshot): Promise<boolean>;
  /** Each account's follower count in its latest snapshot taken at or before `asOf` (null: unknown). */
  latestFollowers(socialAccountIds: string[], asOf: Date): Promise<Map<string, number | null>>;
  /** Competitors (of brands with an active account on their platform) with no snapshot for `hour`. */
  competitorsToSnapshot(hour: Date, scope: { organizationId?: string }, limit: number): Promise<CompetitorToRead[]>;
  insertCompetitorSnapshot(competitorId: string, snapshot: AudienceSnapshot): Promise<boolean>;
}
