import { contentFormats } from '../ai/content-types';
import type { Tone } from '../brands/brand';
import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { Platform } from '../publishing/platforms';
import type { Actor } from '../shared/actor';
import type { ContentFormat } from '../ai/content-types';
import { recommendToneFormat } from './recommend';
import type { LearningDeps } from './retrain-brand-learner';

export interface StudioRecommendation {
  tone: Tone | null;
  format: ContentFormat;
  /** Why: what the learner saw, or that it has nothing to go on yet. */
  reason: string;
  source: 'learner' | 'brand';
}

/**
 * The tone and format the studio proposes for a brand's next post on a platform: the learner's
 * best-earning combination with the evidence ("provocative threads earned 2.3× the average
 * reward for this brand"), or the brand's own tone and a single post until there is evidence.
 */
export async function recommendForBrand(deps: LearningDeps, actor: Actor, input: { brandId: string; platform: Platform; trendId?: string | undefined }): Promise<StudioRecommendation> {
  assertCan(actor.role, 'brands.read');
  const brand = await deps.uow.brands.findById(actor.organizationId, input.brandId);
  if (!brand) throw AppError.notFound('Brand');
  const trend = input.trendId ? await deps.uow.trends.findById(actor.organizationId, input.trendId) : null;
  if (input.trendId && !trend) throw AppError.invalid([{ field: 'trendId', message: 'No such trend in this organization' }]);
  const record = await deps.uow.learningModels.latest(actor.organizationId, brand.id);
  const learned = record ? recommendToneFormat(record.model, { industry: brand.industry, trendCategory: trend?.category ?? null, platform: input.platform }) : null;
  if (learned) return { tone: learned.tone, format: learned.format, reason: learned.reason, source: 'learner' };
  return {
    tone: brand.tone,
    format: contentFormats[0],
    reason: "Not enough measured posts yet: the brand's own tone and a single post. Suggestions start once posts have engagement.",
    source: 'brand',
  };
}
