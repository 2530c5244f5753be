/** How the per-brand learner trains (docs/configuration.md, "Learning"). */
export interface LearningSettings {
  /** Share of posts that explore instead of exploiting (the seed's ε = 0.15). */
  epsilon: number;
  /** Learning rate of the tabular Q-update. */
  alpha: number;
  /** Rewards older than this are left out of training. */
  windowDays: number;
}

export const defaultLearningSettings: LearningSettings = { epsilon: 0.15, alpha: 0.1, windowDays: 30 };
