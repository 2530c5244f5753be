import type { CoreDeps } from '../deps';
import type { PostPerformanceRecord, PostSort } from '../ports/analytics-repositories';
import type { Actor } from '../shared/actor';
import type { Page, Pagination } from '../shared/pagination';
import { resolveAnalyticsScope, type AnalyticsQuery } from './analytics-scope';
import { postExcerpt } from './post-excerpt';

/** A published target's performance as lists show it: the text shortened to an excerpt. */
export type PostPerformance = Omit<PostPerformanceRecord, 'text'> & { excerpt: string };

export function toPostPerformance({ text, ...record }: PostPerformanceRecord): PostPerformance {
  return { ...record, excerpt: postExcerpt(text) };
}

/**
 * Every target of the brand published in the period with its latest counts, sorted (unknown
 * values last whichever the order) and paged.
 */
export async function readPostPerformance(deps: CoreDeps, actor: Actor, query: AnalyticsQuery, sort: PostSort, pagination: Pagination): Promise<Page<PostPerformance>> {
  const { scope } = await resolveAnalyticsScope(deps, actor, query);
  const page = await deps.uow.analytics.listPostPerformance(scope, sort, pagination);
  return { ...page, items: page.items.map(toPostPerformance) };
}
