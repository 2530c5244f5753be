import type { LearnerModel } from './learner-model';

/** A category's own posts count against the brand's average worth this many posts. */
const CATEGORY_PRIOR_WEIGHT = 3;

/**
 * How well the brand's posts about a trend category did, as the trend ranking's RL score in
 * 0–1: 0.5 is "as well as the brand's average" (and what a brand with no posts on it, or no
 * model, gets), twice the average scores 0.8, half of it 0.2. The category's mean is shrunk
 * towards the average so that one post cannot push a category to the edges.
 */
export function rlScoreFor(model: LearnerModel | null, trendCategory: string | null): number {
  if (!model || !trendCategory || model.averageReward <= 0) return 0.5;
  const statistics = model.categories[trendCategory];
  if (!statistics || statistics.visits === 0) return 0.5;
  const shrunk = (statistics.visits * statistics.mean + CATEGORY_PRIOR_WEIGHT * model.averageReward) / (statistics.visits + CATEGORY_PRIOR_WEIGHT);
  const ratio = Math.max(shrunk, 0) / model.averageReward;
  // ratio² / (1 + ratio²): 1 ↦ 0.5, 2 ↦ 0.8, ½ ↦ 0.2, and symmetric in log(ratio).
  return (ratio * ratio) / (1 + ratio * ratio);
}
