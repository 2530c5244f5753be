import type { CoreDeps } from '../deps';
import type { PeriodTotals } from '../ports/analytics-repositories';
import type { Actor } from '../shared/actor';
import { previousPeriod, resolveAnalyticsScope, type AnalyticsQuery } from './analytics-scope';

/** The totals a dashboard shows side by side with the previous period. */
export type Totals = Omit<PeriodTotals, 'estimated'>;
export const totalsKeys = ['posts', 'impressions', 'likes', 'comments', 'shares', 'engagementRate', 'averageReward'] as const satisfies ReadonlyArray<keyof Totals>;

export interface Overview {
  period: { from: Date; to: Date };
  totals: Totals;
  previous: Totals;
  /** (current − previous) / previous per total; null when the previous value is 0 or unknown. */
  deltas: Record<keyof Totals, number | null>;
  estimated: boolean;
}

/** Relative change; null when there is nothing to compare with (previous 0 or unknown, or current unknown). */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}

export function totalsDeltas(current: Totals, previous: Totals): Record<keyof Totals, number | null> {
  const entries = totalsKeys.map((key) => [key, relativeChange(current[key], previous[key])] as const);
  return Object.fromEntries(entries) as Record<keyof Totals, number | null>;
}

const withoutFlag = ({ estimated: _estimated, ...totals }: PeriodTotals): Totals => totals;

/**
 * A brand's period at a glance: what its posts published in the period earned, against the
 * period of the same length just before.
 */
export async function readOverview(deps: CoreDeps, actor: Actor, query: AnalyticsQuery): Promise<Overview> {
  const { scope } = await resolveAnalyticsScope(deps, actor, query);
  const before = previousPeriod(scope);
  const [current, previous] = await Promise.all([deps.uow.analytics.totals(scope), deps.uow.analytics.totals({ ...scope, ...before })]);
  const totals = withoutFlag(current);
  const previousTotals = withoutFlag(previous);
  return { period: { from: scope.from, to: scope.to }, totals, previous: previousTotals, deltas: totalsDeltas(totals, previousTotals), estimated: current.estimated };
}
