import type { CoreDeps } from '../deps';
import type { EngagementPoint, SeriesInterval } from '../ports/analytics-repositories';
import type { Actor } from '../shared/actor';
import { resolveAnalyticsScope, type AnalyticsQuery } from './analytics-scope';

/**
 * Engagement over time per platform: for each local day (or week) of the period, every target
 * published in the period counts with its latest snapshot as of the end of that day, summed.
 * A figure no target reports yet is null, never 0, so charts show a gap instead of a drop.
 */
export async function readEngagementSeries(deps: CoreDeps, actor: Actor, query: AnalyticsQuery, interval: SeriesInterval): Promise<{ series: EngagementPoint[] }> {
  const { scope } = await resolveAnalyticsScope(deps, actor, query);
  return { series: await deps.uow.analytics.engagementSeries(scope, interval) };
}
