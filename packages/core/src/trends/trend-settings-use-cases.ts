import type { CoreDeps } from '../deps';
import { recordAudit } from '../audit/record-audit';
import { loadBrand } from '../brands/brand-access';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import type { z } from 'zod';
import { defaultTrendSettings, effectiveTrendSettings, type trendSettingsSchema, type TrendSettings } from './trend-settings';

/** The brand's trend settings, the defaults when it never set any. */
export async function getTrendSettings(deps: CoreDeps, actor: Actor, brandId: string): Promise<TrendSettings> {
  assertCan(actor.role, 'trends.read');
  const brand = await loadBrand(deps.uow, actor, brandId);
  return (await deps.uow.brandTrends.getSettings(actor.organizationId, brand.id)) ?? defaultTrendSettings;
}

/** Replaces the brand's trend settings (sources, subreddits, queries, feeds, country); the route validated them with `trendSettingsSchema`. */
export async function updateTrendSettings(deps: CoreDeps, actor: Actor, brandId: string, parsed: z.output<typeof trendSettingsSchema>): Promise<TrendSettings> {
  assertCan(actor.role, 'brands.update');
  const settings = effectiveTrendSettings({ ...parsed, subreddits: [...new Set(parsed.subreddits)], queries: [...new Set(parsed.queries)], feeds: [...new Set(parsed.feeds)], sources: { ...defaultTrendSettings.sources, ...parsed.sources } as TrendSettings['sources'] });
  return deps.uow.transaction(async (repos) => {
    const brand = await loadBrand(repos, actor, brandId);
    const before = await repos.brandTrends.getSettings(actor.organizationId, brand.id);
    await repos.brandTrends.putSettings(actor.organizationId, brand.id, settings);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'brand.trend_settings_updated',
      entityType: 'brand',
      entityId: brand.id,
      before: { trendSettings: before ?? defaultTrendSettings },
      after: { trendSettings: settings },
    });
    return settings;
  });
}
