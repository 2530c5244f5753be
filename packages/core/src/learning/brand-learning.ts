import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { LearningModelRecord } from '../ports/learning-repositories';
import type { Actor } from '../shared/actor';
import { describeModel } from './learner-insights';
import { retrainBrandLearner, type LearningDeps } from './retrain-brand-learner';

/** What the "What the model learned" panel shows: the newest model and what it means. */
export function presentLearning(record: LearningModelRecord) {
  const { topArms, insights } = describeModel(record.model);
  return {
    version: record.version,
    kind: record.kind,
    trainedAt: record.trainedAt,
    sampleSize: record.sampleSize,
    note: record.note,
    epsilon: record.model.epsilon,
    averageReward: record.model.averageReward,
    topArms,
    insights,
    bestTimes: record.model.bestTimes,
  };
}

async function assertBrand(deps: LearningDeps, actor: Actor, brandId: string): Promise<void> {
  if (!(await deps.uow.brands.findById(actor.organizationId, brandId))) throw AppError.notFound('Brand');
}

/** The brand's newest model, or null before its first training. */
export async function readBrandLearning(deps: LearningDeps, actor: Actor, brandId: string) {
  assertCan(actor.role, 'brands.read');
  await assertBrand(deps, actor, brandId);
  const record = await deps.uow.learningModels.latest(actor.organizationId, brandId);
  return { model: record ? presentLearning(record) : null };
}

/** "Retrain now": the weekly retrain, on demand. */
export async function retrainBrandLearningNow(deps: LearningDeps, actor: Actor, brandId: string) {
  assertCan(actor.role, 'brands.update');
  await assertBrand(deps, actor, brandId);
  return { model: presentLearning(await retrainBrandLearner(deps, actor.organizationId, brandId)) };
}
