import type { CoreDeps } from '../deps';
import type { EngagementReading, TrackedTarget } from '../ports/engagement-repositories';
import type { PostMetrics } from '../ports/social-provider';
import { estimatedImpressionsFor, readingOf } from './engagement-reading';
import { nextFetchAt } from './engagement-schedule';
import { chunks } from './for-each-limited';
import { metricReadLimits } from './read-limits';
import { accountReader, RETRY_AFTER_REFUSAL_MS, throttledRead } from './throttled-read';

const DAY_MS = 86_400_000;

export type EngagementSyncDeps = Pick<CoreDeps, 'uow' | 'clock' | 'providers' | 'vault' | 'emails' | 'settings'>;

/** What one account's share of a pass did. */
export interface AccountSyncResult {
  /** Targets whose slot was recorded (snapshot stored, row advanced) by this pass. */
  recorded: TrackedTarget[];
  /** Posts the platform no longer has: their slot passed without a snapshot. */
  gone: number;
  /** Left due for later: rate limit, open circuit, a failing or refusing platform. */
  deferred: number;
  problems: string[];
}

/** The account's impression estimate, as of `now`: latest followers and its settled posts of the last 30 days. */
async function estimateFor(deps: EngagementSyncDeps, accountId: string, now: Date): Promise<number | null> {
  const followers = (await deps.uow.audienceSnapshots.latestFollowers([accountId], now)).get(accountId) ?? null;
  const history = await deps.uow.engagement.interactionHistory([accountId], { from: new Date(now.getTime() - 30 * DAY_MS), to: new Date(now.getTime() - DAY_MS) });
  return estimatedImpressionsFor({ followers, interactionHistory: history.get(accountId) ?? [] });
}

/**
 * Measures one account's claimed targets: batches of the platform's lookup size, each preceded by
 * taking its requests from the account's read bucket, each stored in one transaction. When the
 * budget is spent, the platform says 429 or fails, the account's remaining targets are left due
 * (unclaimable until the wait is over) and nothing more is sent for it in this pass.
 */
export async function syncAccountTargets(deps: EngagementSyncDeps, targets: TrackedTarget[], options: { now: Date; intervalHours: number }): Promise<AccountSyncResult> {
  const result: AccountSyncResult = { recorded: [], gone: 0, deferred: 0, problems: [] };
  const first = targets[0];
  if (!first) return result;
  const deferAll = async (rest: TrackedTarget[], until: Date, reason: string) => {
    await deps.uow.engagement.defer(rest.map((target) => target.targetId), until);
    result.deferred += rest.length;
    result.problems.push(reason);
  };
  const account = await deps.uow.socialAccounts.findByIdAnyOrganization(first.socialAccountId);
  // A deleted account takes its rows with it (cascade); nothing is left to measure.
  if (!account) return result;
  const provider = deps.providers.provider(account.platform);
  const later = new Date(options.now.getTime() + RETRY_AFTER_REFUSAL_MS);
  if (!provider) {
    await deferAll(targets, later, `${account.platform} is not set up on this installation`);
    return result;
  }
  if (account.status === 'needs_reconnect') {
    await deferAll(targets, later, `account ${account.handle} needs to be reconnected`);
    return result;
  }
  const limit = metricReadLimits[account.platform];
  const reader = accountReader(deps, account, provider);
  let estimate: Promise<number | null> | null = null;
  const batches = chunks(targets, limit.batchSize);
  for (const [index, batch] of batches.entries()) {
    const outcome = await throttledRead(deps, reader, { limit, cost: limit.requests(batch.length), now: options.now, ownData: true }, (context) =>
      provider.fetchMetrics(context, batch.map((target) => target.platformPostId)),
    );
    if (outcome.status !== 'ok') {
      await deferAll(batches.slice(index).flat(), outcome.until, outcome.reason);
      break;
    }
    const fetchedAt = deps.clock.now();
    const byId = new Map<string, PostMetrics>(outcome.value.map((metrics) => [metrics.platformPostId, metrics]));
    const readings: EngagementReading[] = [];
    const gone: Array<{ targetId: string; dueAt: Date; nextFetchAt: Date }> = [];
    for (const target of batch) {
      const metrics = byId.get(target.platformPostId);
      if (!metrics) {
        gone.push({ targetId: target.targetId, dueAt: target.dueAt, nextFetchAt: nextFetchAt(target.publishedAt, fetchedAt, options.intervalHours) });
        continue;
      }
      // Only platforms without impressions need the estimate; it is read once per account.
      const estimatedImpressions = metrics.impressions === null ? await (estimate ??= estimateFor(deps, account.id, fetchedAt)) : null;
      readings.push(readingOf(target, metrics, { fetchedAt, estimatedImpressions, intervalHours: options.intervalHours }));
    }
    const recorded = await deps.uow.transaction(async (repos) => {
      const ids = await repos.engagement.record(readings);
      await repos.engagement.skip(gone);
      return new Set(ids);
    });
    result.recorded.push(...batch.filter((target) => recorded.has(target.targetId)));
    result.gone += gone.length;
  }
  return result;
}
