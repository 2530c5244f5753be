import type { CoreDeps } from '../deps';
import type { TrendRunRecord } from '../ports/trend-repositories';
import { runTrendPipeline } from './pipeline/run-trend-pipeline';
import type { TrendRefreshPayload } from './trend-jobs';

export type TrendRefreshOutcome = { status: TrendRunRecord['status']; runId: string; summary: Record<string, unknown> };

/**
 * A pipeline run as the job runs it. Unless forced, it is skipped when the last completed run is
 * fresher than the minimum interval; it is also skipped when another worker is already running
 * the organization. A run whose every source failed is `failed`, some failed `partial`.
 */
export async function refreshTrends(deps: CoreDeps, payload: TrendRefreshPayload): Promise<TrendRefreshOutcome> {
  const { organizationId } = payload;
  const existing = payload.runId ? await deps.uow.trendRuns.findById(organizationId, payload.runId) : null;
  if (existing && existing.status !== 'queued') return { status: existing.status, runId: existing.id, summary: existing.summary ?? {} };
  const run = existing ?? (await deps.uow.trendRuns.create({ organizationId, forced: payload.forced, requestedByUserId: null }));
  const now = deps.clock.now();
  const finish = async (status: TrendRunRecord['status'], summary: Record<string, unknown>) => {
    await deps.uow.trendRuns.finish(run.id, status, summary, deps.clock.now());
    return { status, runId: run.id, summary };
  };

  if (!payload.forced) {
    const last = await deps.uow.trendRuns.lastCompleted(organizationId);
    const age = last?.finishedAt ? now.getTime() - last.finishedAt.getTime() : Number.POSITIVE_INFINITY;
    if (age < deps.trends.settings.minIntervalMs) {
      return finish('skipped', { reason: `The last run finished ${Math.round(age / 60_000)} minutes ago; trends refresh at most every ${Math.round(deps.trends.settings.minIntervalMs / 60_000)} minutes unless forced.` });
    }
  }
  const claimed = await deps.uow.transaction((repos) => repos.trendRuns.claim(organizationId, run.id, now, new Date(now.getTime() - deps.trends.settings.staleRunMs)));
  if (!claimed) return finish('skipped', { reason: 'Another refresh of this organization is running.' });

  try {
    const summary = await runTrendPipeline(deps, organizationId);
    const asked = summary.sources.filter((report) => !['not_configured', 'disabled'].includes(report.status));
    const failed = asked.filter((report) => report.status !== 'ok');
    const status = asked.length > 0 && failed.length === asked.length ? 'failed' : failed.length > 0 ? 'partial' : 'succeeded';
    return finish(status, summary as unknown as Record<string, unknown>);
  } catch (error) {
    await finish('failed', { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}
