import { armKey, DEFAULT_REWARD_CV, noiseSd } from './bandit';
import type { ArmStatistics, LearnerModel, RewardSample } from './learner-model';

/**
 * How noisy the brand's rewards are, which sets how boldly the posteriors explore. Measured as
 * the spread of each post's reward around its tone × format's mean, relative to the brand's
 * average reward (rewards scale with the audience, their noise too), and robustly: a few posts at
 * hours the model barely knows get poorly adjusted rewards, and a plain standard deviation would
 * let them convince the learner that every reward is that noisy, so it would keep exploring long
 * after it has learnt enough. The median absolute deviation ignores them (falling back to the
 * plain spread when most rewards are identical, as with an audience that hardly ever reacts).
 */

/** Below this many residuals the spread is not measured at all. */
const MIN_RESIDUALS = 5;
/** The default relative spread counts as this many posts against the brand's own. */
const DEFAULT_CV_WEIGHT = 4;
/** MAD × 1.4826 estimates the standard deviation of normally distributed noise. */
const MAD_TO_SD = 1.4826;
const MIN_NOISE_SD = 0.05;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The robust relative spread of `values` (sample i's timing-adjusted reward) around their arm's
 * mean in `arms`, over arms with at least two posts; null when too few residuals or no reward.
 */
export function residualSpread(samples: readonly RewardSample[], values: readonly number[], arms: Record<string, ArmStatistics>, averageReward: number): LearnerModel['noise'] {
  const residuals: number[] = [];
  samples.forEach((sample, index) => {
    const arm = arms[armKey(sample.action.tone, sample.action.format)];
    // A residual from an arm's own mean is smaller than the noise by √((n − 1) / n).
    if (arm && arm.visits >= 2) residuals.push(((values[index] ?? 0) - arm.mean) * Math.sqrt(arm.visits / (arm.visits - 1)));
  });
  if (residuals.length < MIN_RESIDUALS || averageReward <= 0) return { cv: null, residuals: residuals.length };
  const centre = median(residuals);
  const robust = MAD_TO_SD * median(residuals.map((residual) => Math.abs(residual - centre)));
  // Mostly-zero rewards (a tiny audience) have no median deviation at all: use the plain spread.
  const spread = robust > 0 ? robust : Math.sqrt(residuals.reduce((sum, residual) => sum + residual * residual, 0) / residuals.length);
  return { cv: spread / averageReward, residuals: residuals.length };
}

/** The noise sd the posteriors use at the brand's reward `level`, shrunk towards DEFAULT_REWARD_CV while residuals are few. */
export function noiseAtLevel(model: Pick<LearnerModel, 'noise' | 'arms'>, level: number): number {
  const noise = model.noise;
  if (!noise || noise.cv === null) return noiseSd(model.arms, level);
  const cv = (noise.residuals * noise.cv + DEFAULT_CV_WEIGHT * DEFAULT_REWARD_CV) / (noise.residuals + DEFAULT_CV_WEIGHT);
  return Math.max(cv * level, MIN_NOISE_SD);
}
