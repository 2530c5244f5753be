import { armKey } from './bandit';
import type { LearnerContext, LearnerModel, RewardSample } from './learner-model';

/**
 * The seed's tabular Q-learning: per situation (industry, trend category, platform) and
 * tone × format action, Q(s,a) ← Q(s,a) + α[r − Q(s,a)]. Each post is a one-step episode (what
 * the next post earns does not depend on this one's tone), so there is no discounted future term.
 */

export type QTable = LearnerModel['qValues'];

/** State key `${industry}|${trendCategory ?? '-'}|${platform}`. */
export function stateKey(context: LearnerContext): string {
  return `${context.industry}|${context.trendCategory ?? '-'}|${context.platform}`;
}

/**
 * One Q-update. Until a pair has 1/α visits the step is 1/visits, so its value is the plain
 * average of its rewards instead of starting from 0 and creeping up; after that the seed's
 * constant α applies, which weighs recent posts more as audiences drift.
 */
export function qUpdate(table: QTable, state: string, action: string, reward: number, alpha: number): void {
  const row = table[state] ?? {};
  table[state] = row;
  const entry = row[action] ?? { value: 0, visits: 0 };
  const visits = entry.visits + 1;
  const step = Math.max(alpha, 1 / visits);
  row[action] = { value: entry.value + step * (reward - entry.value), visits };
}

/** The Q-table after replaying `samples` in the given (chronological) order, with `rewards[i]` as sample i's reward. */
export function learnQValues(samples: readonly RewardSample[], rewards: readonly number[], alpha: number): QTable {
  const table: QTable = {};
  samples.forEach((sample, index) => {
    qUpdate(table, stateKey(sample.context), armKey(sample.action.tone, sample.action.format), rewards[index] ?? sample.reward, alpha);
  });
  return table;
}

/** How many posts a Q-value is worth: its visits, but no more than the ~1/α posts its running average remembers. */
export function qEvidence(visits: number, alpha: number): number {
  return alpha > 0 ? Math.min(visits, 1 / alpha) : visits;
}
