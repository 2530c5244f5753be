import type { CoreDeps } from '../deps';
import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { TrendListFilter, TrendRunRecord } from '../ports/trend-repositories';
import type { Pagination } from '../shared/pagination';
import type { Actor } from '../shared/actor';

/** The organization's trends (all brands), filtered and sorted. */
export async function listOrganizationTrends(deps: CoreDeps, actor: Actor, filter: TrendListFilter, pagination: Pagination) {
  assertCan(actor.role, 'trends.read');
  return deps.uow.trends.list(actor.organizationId, deps.clock.now(), filter, pagination);
}

/** One trend with every source's report of it. */
export async function getTrend(deps: CoreDeps, actor: Actor, trendId: string) {
  assertCan(actor.role, 'trends.read');
  const trend = await deps.uow.trends.findById(actor.organizationId, trendId);
  if (!trend) throw AppError.notFound('Trend');
  return trend;
}

/** A run by id, or the latest run when `runId` is 'latest' (null when there has been none). */
export async function getTrendRun(deps: CoreDeps, actor: Actor, runId: string | 'latest'): Promise<TrendRunRecord | null> {
  assertCan(actor.role, 'trends.read');
  if (runId === 'latest') return deps.uow.trendRuns.latest(actor.organizationId);
  const run = await deps.uow.trendRuns.findById(actor.organizationId, runId);
  if (!run) throw AppError.notFound('Trend run');
  return run;
}
