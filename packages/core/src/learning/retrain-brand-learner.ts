import { AppError } from '../errors';
import type { LearningModelRecord, RewardedPostRow } from '../ports/learning-repositories';
import type { UnitOfWork } from '../ports/repositories';
import type { Clock } from '../shared/clock';
import type { LearningSettings } from './learning-settings';
import { poolPriors } from './priors';
import { toRewardSample } from './reward-samples';
import { trainLearner } from './train-learner';

export interface LearningDeps {
  uow: UnitOfWork;
  clock: Clock;
  settings: { learning: LearningSettings };
}

/** Below this many rewarded posts a brand keeps the bandit (the seed's threshold for the Q-table). */
export const MIN_SAMPLES_FOR_Q_LEARNING = 10;
export const INSUFFICIENT_DATA = 'insufficient data';

/**
 * Retrains one brand from its rewarded posts of the last window (30 days by default) and stores
 * the result as the brand's next model version. Its priors pool the organization's other brands
 * and every brand in the same industry, so a new brand starts from what works for its peers.
 */
export async function retrainBrandLearner(deps: LearningDeps, organizationId: string, brandId: string): Promise<LearningModelRecord> {
  const brand = await deps.uow.brands.findById(organizationId, brandId);
  if (!brand) throw AppError.notFound('Brand');
  const now = deps.clock.now();
  const { epsilon, alpha, windowDays } = deps.settings.learning;
  const since = new Date(now.getTime() - windowDays * 86_400_000);
  const [organizationRows, industryRows] = await Promise.all([
    deps.uow.learningModels.rewardedPosts({ organizationId }, since),
    deps.uow.learningModels.rewardedPosts({ industry: brand.industry }, since),
  ]);
  const own = organizationRows.filter((row) => row.brandId === brandId).map(toRewardSample);
  // A peer in both circles (same organization and industry) counts once.
  const peers = new Map<string, RewardedPostRow>();
  for (const row of [...organizationRows, ...industryRows]) if (row.brandId !== brandId) peers.set(row.targetId, row);
  const peerSamples = [...peers.values()].map(toRewardSample);
  const timeZone = brand.preferences?.timeZone ?? 'UTC';
  const model = trainLearner(own, { now, timeZone, priors: poolPriors(peerSamples), epsilon, alpha, windowDays });
  return deps.uow.learningModels.save({
    organizationId,
    brandId,
    kind: model.kind,
    model,
    sampleSize: own.length,
    note: own.length < MIN_SAMPLES_FOR_Q_LEARNING ? INSUFFICIENT_DATA : null,
    trainedAt: now,
  });
}
