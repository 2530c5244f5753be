import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { CompetitorRecord } from '../ports/analytics-repositories';
import type { Actor } from '../shared/actor';
import { findBrand } from './analytics-scope';
import { MAX_COMPETITORS_PER_BRAND, normaliseCompetitorHandle, type CompetitorPlatform } from './competitor-handle';

export type Competitor = Omit<CompetitorRecord, 'brandId' | 'createdAt'>;

const present = ({ brandId: _brandId, createdAt: _createdAt, ...competitor }: CompetitorRecord): Competitor => competitor;

/** The accounts a brand watches, oldest first, with their newest public counts. */
export async function listCompetitors(deps: CoreDeps, actor: Actor, brandId: string): Promise<{ competitors: Competitor[] }> {
  assertCan(actor.role, 'posts.read');
  await findBrand(deps.uow, actor, brandId);
  return { competitors: (await deps.uow.competitors.list(actor.organizationId, brandId)).map(present) };
}

/**
 * Starts watching a public account. The brand row is locked while counting, so two requests
 * at once cannot take a brand past its limit; the same handle twice is a conflict.
 */
export async function addCompetitor(deps: CoreDeps, actor: Actor, input: { brandId: string; platform: CompetitorPlatform; handle: string }): Promise<Competitor> {
  assertCan(actor.role, 'brands.update');
  const normalised = normaliseCompetitorHandle(input.platform, input.handle);
  if ('error' in normalised) throw AppError.invalid([{ field: 'handle', message: normalised.error }]);
  return deps.uow.transaction(async (repos) => {
    const brand = await repos.brands.findByIdForUpdate(actor.organizationId, input.brandId);
    if (!brand) throw AppError.invalid([{ field: 'brandId', message: 'No such brand in this organization' }]);
    if ((await repos.competitors.countForBrand(actor.organizationId, brand.id)) >= MAX_COMPETITORS_PER_BRAND) {
      throw new AppError('LIMIT_REACHED', {
        message: `A brand watches at most ${MAX_COMPETITORS_PER_BRAND} competitor accounts`,
        userMessage: `${brand.name} already watches ${MAX_COMPETITORS_PER_BRAND} competitor accounts. Remove one first.`,
        details: { issues: [{ field: 'brandId', message: `At most ${MAX_COMPETITORS_PER_BRAND} competitor accounts per brand` }], limit: MAX_COMPETITORS_PER_BRAND },
      });
    }
    const created = await repos.competitors.create({ organizationId: actor.organizationId, brandId: brand.id, platform: input.platform, handle: normalised.handle });
    if (!created) {
      throw new AppError('CONFLICT', {
        message: 'The brand already watches this account',
        userMessage: `${brand.name} already watches @${normalised.handle} on ${input.platform}.`,
        details: { issues: [{ field: 'handle', message: 'Already watched by this brand' }] },
      });
    }
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'competitor.added',
      entityType: 'competitor',
      entityId: created.id,
      after: { brandId: brand.id, platform: created.platform, handle: created.handle },
    });
    return present(created);
  });
}

/** Stops watching an account; its snapshots go with it. Another organization's id is not found. */
export async function removeCompetitor(deps: CoreDeps, actor: Actor, competitorId: string): Promise<void> {
  assertCan(actor.role, 'brands.update');
  await deps.uow.transaction(async (repos) => {
    const removed = await repos.competitors.delete(actor.organizationId, competitorId);
    if (!removed) throw AppError.notFound('Competitor');
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'competitor.removed',
      entityType: 'competitor',
      entityId: removed.id,
      before: { brandId: removed.brandId, platform: removed.platform, handle: removed.handle },
    });
  });
}
