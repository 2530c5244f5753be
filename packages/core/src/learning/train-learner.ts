import { armKey, observeIn } from './bandit';
import type { ArmStatistics, LearnerModel, RewardSample } from './learner-model';
import { MAX_REWARD } from './engagement-metrics';
import { platformSlotPriors, type PlatformSlotPriors, type PooledPrior } from './priors';
import { learnQValues } from './q-learning';
import { residualSpread } from './bandit-noise';
import { contentAdjusted, fitContent } from './train-learner-content';
import { fitTiming } from './train-learner-fit';

/** The seed's threshold: below it the brand keeps the bandit, from it on the Q-table joins. */
export const Q_LEARNING_MIN_SAMPLES = 10;
export const DEFAULT_WINDOW_DAYS = 30;

export interface TrainOptions {
  now: Date;
  /** The brand's time zone; samples' slots are already hours of week in it. */
  timeZone: string;
  /** From poolPriors over the organization's other brands and the industry. */
  priors: PooledPrior;
  /** Exploration rate chooseAction uses (the seed's 0.15). */
  epsilon: number;
  /** Learning rate of the Q-update. */
  alpha: number;
  /** Only rewards published in the last `windowDays` count (default 30). */
  windowDays?: number;
  /** Replaces platformSlotPriors for the platforms given. */
  platformPriors?: PlatformSlotPriors;
}

/**
 * Trains a brand's learner from its rewarded posts: what each tone, format and combination
 * earned (with the posting hour's effect divided out), the best-time table per platform, the
 * seed's Q-table once there are ≥ 10 rewarded posts, and the peers' prior. Pure and
 * deterministic; the result is plain JSON for learning_models.
 */
export function trainLearner(samples: readonly RewardSample[], options: TrainOptions): LearnerModel {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const since = options.now.getTime() - windowDays * 86_400_000;
  const used = samples
    .filter((sample) => Number.isFinite(sample.reward) && sample.publishedAt.getTime() >= since && sample.publishedAt.getTime() <= options.now.getTime())
    // Oldest first (the Q-update's order); same-time posts in a fixed order, so training is deterministic.
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.action.slot - b.action.slot || a.action.tone.localeCompare(b.action.tone) || a.action.format.localeCompare(b.action.format) || a.reward - b.reward);
  const rewards = used.map((sample) => Math.min(Math.max(sample.reward, 0), MAX_REWARD));
  const priorFor = (platform: RewardSample['context']['platform']) => options.platformPriors?.[platform] ?? platformSlotPriors(platform);
  const { slotFactors, bestTimes } = fitTiming(used, rewards, priorFor);
  const adjusted = rewards.map((reward, index) => reward / (slotFactors[index] ?? 1));

  const arms: Record<string, ArmStatistics> = {};
  const tones: Record<string, ArmStatistics> = {};
  const formats: Record<string, ArmStatistics> = {};
  const categories: Record<string, ArmStatistics> = {};
  const { forTone, forFormat } = contentAdjusted(used, adjusted, fitContent(used, adjusted));
  used.forEach((sample, index) => {
    const value = adjusted[index] ?? 0;
    observeIn(arms, armKey(sample.action.tone, sample.action.format), value);
    observeIn(tones, sample.action.tone, forTone[index] ?? value);
    observeIn(formats, sample.action.format, forFormat[index] ?? value);
    if (sample.context.trendCategory) observeIn(categories, sample.context.trendCategory, value);
  });
  const qLearning = used.length >= Q_LEARNING_MIN_SAMPLES;
  const averageReward = rewards.length > 0 ? rewards.reduce((sum, reward) => sum + reward, 0) / rewards.length : 0;

  return {
    schemaVersion: 1,
    kind: qLearning ? 'q_learning' : 'bandit',
    trainedAt: options.now.toISOString(),
    sampleSize: used.length,
    windowDays,
    epsilon: options.epsilon,
    alpha: options.alpha,
    timeZone: options.timeZone,
    averageReward,
    prior: { mean: options.priors.mean, weight: options.priors.weight, arms: options.priors.arms },
    arms,
    tones,
    formats,
    noise: residualSpread(used, adjusted, arms, averageReward),
    qValues: qLearning ? learnQValues(used, adjusted, options.alpha) : {},
    categories,
    bestTimes,
  };
}
