import type { BrandRecord } from '../brands/brand';
import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { AnalyticsScope } from '../ports/analytics-repositories';
import type { UnitOfWork } from '../ports/repositories';
import type { Platform } from '../publishing/platforms';
import type { Actor } from '../shared/actor';

const DAY_MS = 86_400_000;
/** Without `from`, a period covers the last 30 days. */
export const DEFAULT_PERIOD_DAYS = 30;
/** A year and a leap day: enough for year-on-year views, small enough for daily series. */
export const MAX_PERIOD_DAYS = 366;

/** What every analytics read is asked for (query parameters, already parsed). */
export interface AnalyticsQuery {
  brandId: string;
  from?: Date;
  to?: Date;
  platform?: Platform;
}

/**
 * Fills in the default period (the 30 days before `to`, `to` = now) and checks it: `from`
 * before `to`, at most 366 days. Problems name the field, like every other bad input.
 */
export function resolvePeriod(query: { from?: Date; to?: Date }, now: Date): { from: Date; to: Date } {
  const to = query.to ?? now;
  const from = query.from ?? new Date(to.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
  if (from.getTime() >= to.getTime()) {
    throw AppError.invalid([{ field: query.to ? 'to' : 'from', message: query.to ? 'Must be after from' : 'Must be before now (or give to)' }]);
  }
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    throw AppError.invalid([{ field: query.to ? 'to' : 'from', message: `At most ${MAX_PERIOD_DAYS} days at a time` }]);
  }
  return { from, to };
}

/** The period of the same length right before `period`, for deltas. */
export function previousPeriod(period: { from: Date; to: Date }): { from: Date; to: Date } {
  const length = period.to.getTime() - period.from.getTime();
  return { from: new Date(period.from.getTime() - length), to: period.from };
}

/**
 * Checks the actor may read analytics and the brand is the organization's (another
 * organization's brand is `400 brandId`, like every brand named in a body or query), and
 * answers the scope every repository read takes. Days are cut in the brand's time zone.
 */
export async function resolveAnalyticsScope(
  deps: { uow: UnitOfWork; clock: { now(): Date } },
  actor: Actor,
  query: AnalyticsQuery,
): Promise<{ brand: BrandRecord; scope: AnalyticsScope }> {
  assertCan(actor.role, 'posts.read');
  const period = resolvePeriod(query, deps.clock.now());
  const brand = await findBrand(deps.uow, actor, query.brandId);
  return {
    brand,
    scope: { organizationId: actor.organizationId, brandId: brand.id, ...period, platform: query.platform ?? null, timeZone: brandTimeZone(brand) },
  };
}

export async function findBrand(uow: UnitOfWork, actor: Actor, brandId: string): Promise<BrandRecord> {
  const brand = await uow.brands.findById(actor.organizationId, brandId);
  if (!brand) throw AppError.invalid([{ field: 'brandId', message: 'No such brand in this organization' }]);
  return brand;
}

/** The brand's posting time zone; UTC until the brand sets its preferences. */
export function brandTimeZone(brand: BrandRecord): string {
  return brand.preferences?.timeZone ?? 'UTC';
}
