import { bestTimeTable } from '../learning/best-time';
import type { BestTimeTable } from '../learning/learner-model';
import { platformSlotPriors } from '../learning/priors';
import { toRewardSample } from '../learning/reward-samples';
import type { RewardedPostRow } from '../ports/learning-repositories';
import type { Platform } from '../publishing/platforms';

/**
 * Best times estimated on the spot from rewarded posts, one table per platform the brand has
 * rewards on (in the order first seen), each shrunk towards the platform's prior exactly as
 * training does. Used before a brand's first training; no rewards, no tables.
 */
export function bestTimesFromPosts(rows: RewardedPostRow[]): BestTimeTable[] {
  const samplesByPlatform = new Map<Platform, ReturnType<typeof toRewardSample>[]>();
  for (const row of rows) {
    const samples = samplesByPlatform.get(row.platform) ?? [];
    samples.push(toRewardSample(row));
    samplesByPlatform.set(row.platform, samples);
  }
  return [...samplesByPlatform].map(([platform, samples]) => bestTimeTable(samples, platform, platformSlotPriors(platform)));
}
