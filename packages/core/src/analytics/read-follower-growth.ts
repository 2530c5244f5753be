import type { CoreDeps } from '../deps';
import { followerGrowth } from '../learning/engagement-metrics';
import type { AccountFollowerSeries } from '../ports/analytics-repositories';
import type { Actor } from '../shared/actor';
import { resolveAnalyticsScope, type AnalyticsQuery } from './analytics-scope';

export interface AccountGrowth extends AccountFollowerSeries {
  /** (last − first) / first over the period's known counts; null with fewer than two days known. */
  growth: number | null;
}

/** Growth between the first and the last day of the series that have a follower count. */
export function growthOf(points: AccountFollowerSeries['points']): number | null {
  const known = points.filter((point): point is { date: string; followers: number } => point.followers !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last || first === last) return null;
  return followerGrowth(first.followers, last.followers);
}

/** Followers per day for each of the brand's accounts, and the growth over the period. */
export async function readFollowerGrowth(deps: CoreDeps, actor: Actor, query: AnalyticsQuery): Promise<{ accounts: AccountGrowth[] }> {
  const { scope } = await resolveAnalyticsScope(deps, actor, query);
  const accounts = await deps.uow.analytics.followerSeries(scope);
  return { accounts: accounts.map((account) => ({ ...account, growth: growthOf(account.points) })) };
}
