import { evaluateEngagementAlerts } from '../notifications/evaluate-engagement-alerts';
import type { EngagementScope, TrackedTarget } from '../ports/engagement-repositories';
import { DEFAULT_SYNC_INTERVAL_HOURS, TRACKING_MS } from './engagement-schedule';
import { forEachLimited } from './for-each-limited';
import { snapshotAccounts, snapshotCompetitors } from './snapshot-audiences';
import { syncAccountTargets, type EngagementSyncDeps } from './sync-account-targets';

/** How long a claim is this worker's: long enough for an account's batches, short enough that a dead worker's rows come back soon. */
export const ENGAGEMENT_CLAIM_LEASE_MS = 10 * 60_000;
/** Rows claimed per round; a pass claims again until nothing is due (or the limits below). */
const CLAIM_BATCH = 500;
const MAX_CLAIM_ROUNDS = 40;
const PARALLEL_ACCOUNTS = 4;
/** "Sync now" skips posts fetched this recently: a second click does not spend the budget again. */
const FORCE_MIN_AGE_MS = 5 * 60_000;

export interface SyncEngagementOptions {
  /** The pass's instant; default the clock's now. */
  now?: Date;
  /** Hours between fetches after a post's first day (ENGAGEMENT_SYNC_INTERVAL_HOURS). */
  intervalHours?: number;
  /** Only this organization's posts, accounts and competitors (on-demand sync). */
  organizationId?: string;
  /** Only these accounts' posts and snapshots; competitors are left out (Sandbox history replay). */
  socialAccountIds?: string[];
  /** Make the organization's tracked posts due now first ("Sync now"); needs `organizationId`. */
  force?: boolean;
  /** Stop claiming more once this many accounts were served in this pass. */
  limitAccounts?: number;
  /** Apply the alert rules to the brands measured (default true). */
  alerts?: boolean;
}

export interface SyncEngagementSummary {
  enrolled: number;
  /** Slots recorded: one snapshot each. */
  recorded: number;
  /** Posts the platforms no longer have. */
  gone: number;
  /** Left due for later (rate limits, open circuits, failing or refusing platforms). */
  deferred: number;
  accountSnapshots: number;
  competitorSnapshots: number;
  /** Notifications the alert rules wrote. */
  alerts: number;
  brandIds: string[];
  /** Why rows were deferred, and an alert evaluation that failed (the measurements stand). */
  problems: string[];
}

function groupByAccount(targets: TrackedTarget[]): TrackedTarget[][] {
  const groups = new Map<string, TrackedTarget[]>();
  for (const target of targets) groups.set(target.socialAccountId, [...(groups.get(target.socialAccountId) ?? []), target]);
  return [...groups.values()];
}

/**
 * One engagement sync pass. Published targets of the last 30 days without a row are enrolled;
 * account audiences are snapshotted once per hour; due rows are claimed (FOR UPDATE SKIP LOCKED,
 * with a lease) and measured per account through the shared rate limiter, each batch stored in
 * one transaction keyed by its slot, so a crash before commit only means a re-fetch and two
 * workers never count one slot twice; competitors are read; finally the alert rules run for the
 * brands measured. Safe to run from any number of workers at once.
 */
export async function syncEngagement(deps: EngagementSyncDeps, options: SyncEngagementOptions = {}): Promise<SyncEngagementSummary> {
  const now = options.now ?? deps.clock.now();
  const intervalHours = options.intervalHours ?? DEFAULT_SYNC_INTERVAL_HOURS;
  const scope: EngagementScope = {
    ...(options.organizationId ? { organizationId: options.organizationId } : {}),
    ...(options.socialAccountIds ? { socialAccountIds: options.socialAccountIds } : {}),
  };
  const summary: SyncEngagementSummary = { enrolled: 0, recorded: 0, gone: 0, deferred: 0, accountSnapshots: 0, competitorSnapshots: 0, alerts: 0, brandIds: [], problems: [] };

  summary.enrolled = await deps.uow.engagement.enrolPublished({ since: new Date(now.getTime() - TRACKING_MS), scope });
  if (options.force && options.organizationId) await deps.uow.engagement.makeDue(options.organizationId, now, new Date(now.getTime() - FORCE_MIN_AGE_MS));
  // Followers first: this hour's estimates for platforms without impressions read them.
  summary.accountSnapshots = await snapshotAccounts(deps, { now, scope });

  const brandIds = new Set<string>();
  const accountsServed = new Set<string>();
  for (let round = 0; round < MAX_CLAIM_ROUNDS; round++) {
    if (options.limitAccounts !== undefined && accountsServed.size >= options.limitAccounts) break;
    const claimed = await deps.uow.engagement.claimDue({ now, leaseUntil: new Date(now.getTime() + ENGAGEMENT_CLAIM_LEASE_MS), limit: CLAIM_BATCH, scope });
    if (claimed.length === 0) break;
    await forEachLimited(groupByAccount(claimed), PARALLEL_ACCOUNTS, async (targets) => {
      const result = await syncAccountTargets(deps, targets, { now, intervalHours });
      accountsServed.add(targets[0]?.socialAccountId ?? '');
      summary.recorded += result.recorded.length;
      summary.gone += result.gone;
      summary.deferred += result.deferred;
      summary.problems.push(...result.problems);
      for (const target of result.recorded) brandIds.add(target.brandId);
    });
  }

  if (!options.socialAccountIds) summary.competitorSnapshots = await snapshotCompetitors(deps, { now, ...(options.organizationId ? { organizationId: options.organizationId } : {}) });
  summary.brandIds = [...brandIds];
  if (options.alerts !== false && brandIds.size > 0) {
    // The measurements are committed; a failing rule must not make the pass look failed.
    summary.alerts = await evaluateEngagementAlerts(deps, summary.brandIds).catch((error: unknown) => {
      summary.problems.push(`alert rules failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    });
  }
  return summary;
}
