import type { CoreDeps } from '../deps';
import type { BestTimeTable } from '../learning/learner-model';
import type { PerformanceGroup } from '../ports/analytics-repositories';
import type { Actor } from '../shared/actor';
import { resolveAnalyticsScope, type AnalyticsQuery } from './analytics-scope';
import { bestTimesFromPosts } from './best-times-from-posts';

export interface Audience {
  timeZone: string;
  bestTimes: BestTimeTable[];
  byTone: PerformanceGroup[];
  byFormat: PerformanceGroup[];
  byPlatform: PerformanceGroup[];
}

/**
 * What the brand's own audience prefers: best hours of the week (the trained model's tables, or
 * estimated from the period's rewards before the first training) and how each tone, format and
 * platform performed in the period. Unlabelled posts count in the brand's tone and the format
 * their targets imply.
 */
export async function readAudience(deps: CoreDeps, actor: Actor, query: AnalyticsQuery): Promise<Audience> {
  const { scope } = await resolveAnalyticsScope(deps, actor, query);
  const [model, byTone, byFormat, byPlatform] = await Promise.all([
    deps.uow.learningModels.latest(scope.organizationId, scope.brandId),
    deps.uow.analytics.groups(scope, 'tone'),
    deps.uow.analytics.groups(scope, 'format'),
    deps.uow.analytics.groups(scope, 'platform'),
  ]);
  const bestTimes = model ? model.model.bestTimes : bestTimesFromPosts(await deps.uow.analytics.rewardedPosts(scope));
  return {
    timeZone: scope.timeZone,
    bestTimes: scope.platform ? bestTimes.filter((table) => table.platform === scope.platform) : bestTimes,
    byTone,
    byFormat,
    byPlatform,
  };
}
