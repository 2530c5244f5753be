import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { TrendRunRecord } from '../ports/trend-repositories';
import type { Actor } from '../shared/actor';
import { TREND_REFRESH_JOB } from './trend-jobs';

/**
 * "Refresh now": a forced run, queued for a worker. While a run of the organization is queued or
 * running, asking again returns that run instead of piling up another.
 */
export async function requestTrendAnalysis(deps: CoreDeps, actor: Actor): Promise<{ run: TrendRunRecord; alreadyRunning: boolean }> {
  assertCan(actor.role, 'trends.refresh');
  const latest = await deps.uow.trendRuns.latest(actor.organizationId);
  const staleBefore = deps.clock.now().getTime() - deps.trends.settings.staleRunMs;
  if (latest && (latest.status === 'queued' || latest.status === 'running') && (latest.startedAt ?? latest.createdAt).getTime() > staleBefore) {
    return { run: latest, alreadyRunning: true };
  }
  const run = await deps.uow.transaction(async (repos) => {
    const created = await repos.trendRuns.create({ organizationId: actor.organizationId, forced: true, requestedByUserId: actor.userId });
    await repos.jobs.enqueue([{ name: TREND_REFRESH_JOB, data: { organizationId: actor.organizationId, runId: created.id, forced: true } }]);
    return created;
  });
  return { run, alreadyRunning: false };
}
