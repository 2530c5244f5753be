import { z } from 'zod';
import { AppError } from '../../errors';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../organizations/permissions';
import type { BrandSafetyLists } from '../../ports/ai-content-repositories';
import type { UnitOfWork } from '../../ports/repositories';
import type { Actor } from '../../shared/actor';

const entry = z.string().trim().min(1, 'Must not be empty').max(100);

export const brandSafetyListsSchema = z
  .object({
    bannedWords: z.array(entry).max(500),
    sensitiveTopics: z.array(entry).max(200),
  })
  .strict();

async function assertBrand(uow: UnitOfWork, actor: Actor, brandId: string): Promise<void> {
  if (!(await uow.brands.findById(actor.organizationId, brandId))) throw AppError.notFound('Brand');
}

/** A brand's banned words and sensitive topics, which brand safety checks on top of its own categories. */
export async function getBrandSafetyLists(deps: { uow: UnitOfWork }, actor: Actor, brandId: string): Promise<BrandSafetyLists> {
  assertCan(actor.role, 'brands.read');
  await assertBrand(deps.uow, actor, brandId);
  return deps.uow.brandSafetyLists.find(actor.organizationId, brandId);
}

export async function saveBrandSafetyLists(deps: { uow: UnitOfWork }, actor: Actor, brandId: string, input: BrandSafetyLists): Promise<BrandSafetyLists> {
  assertCan(actor.role, 'brands.update');
  return deps.uow.transaction(async (repos) => {
    if (!(await repos.brands.findById(actor.organizationId, brandId))) throw AppError.notFound('Brand');
    const before = await repos.brandSafetyLists.find(actor.organizationId, brandId);
    // Case and repeats do not matter to the check: store each word once, as written first.
    const unique = (values: string[]) => values.filter((value, index) => values.findIndex((other) => other.toLowerCase() === value.toLowerCase()) === index);
    const after = await repos.brandSafetyLists.save(actor.organizationId, brandId, { bannedWords: unique(input.bannedWords), sensitiveTopics: unique(input.sensitiveTopics) });
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'brand.safety_lists_updated',
      entityType: 'brand',
      entityId: brandId,
      before: { ...before },
      after: { ...after },
    });
    return after;
  });
}
