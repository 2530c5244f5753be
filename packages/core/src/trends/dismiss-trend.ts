import type { CoreDeps } from '../deps';
import { loadBrand } from '../brands/brand-access';
import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';

/**
 * "Not for this brand": the trend leaves the brand's lists at once, stays hidden from it, and
 * lowers the brand's score for trends of the same category at the next ranking.
 */
export async function dismissTrend(deps: CoreDeps, actor: Actor, brandId: string, trendId: string): Promise<void> {
  assertCan(actor.role, 'trends.dismiss');
  await deps.uow.transaction(async (repos) => {
    const brand = await loadBrand(repos, actor, brandId);
    const trend = await repos.trends.findById(actor.organizationId, trendId);
    if (!trend) throw AppError.notFound('Trend');
    await repos.brandTrends.dismiss({ brandId: brand.id, trendId: trend.id, category: trend.category, userId: actor.userId });
    await repos.brandTrends.removeScore(brand.id, trend.id);
  });
}
