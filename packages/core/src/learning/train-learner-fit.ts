import type { Platform } from '../publishing/platforms';
import { slotCurveFromTotals, slotDesign, tableFromCurve, type SlotCurve } from './best-time';
import { HOURS_PER_WEEK, type BestTimeTable, type RewardSample } from './learner-model';
import { fitContent, MIN_EFFECT } from './train-learner-content';

/**
 * Separates what the hour did from what the content did. A post's reward is modelled as
 * level × content effect × hour effect (per platform). Neither is known, and a brand that posts
 * its best tone at its best hour would otherwise credit the tone with the hour's success, so the
 * two are estimated in turn (backfitting): content effects from rewards with the hour divided
 * out, hour curves from rewards with the content divided out, a few rounds until they settle.
 */

const FIT_ROUNDS = 3;

export interface TimingFit {
  /** Per sample, its hour's effect relative to the brand's average post (mean 1 over the samples). */
  slotFactors: number[];
  bestTimes: BestTimeTable[];
}

interface Placed {
  platform: number;
  slot: number;
}

/** Hour effects per sample and the best-time table of every platform the samples cover. */
export function fitTiming(samples: readonly RewardSample[], rewards: readonly number[], priorFor: (platform: Platform) => number[]): TimingFit {
  const platforms = [...new Set(samples.map((sample) => sample.context.platform))].sort();
  const priors = platforms.map(priorFor);
  const indexed: Placed[] = samples.map((sample) => ({
    platform: platforms.indexOf(sample.context.platform),
    slot: ((Math.round(sample.action.slot) % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK,
  }));
  const counts = platforms.map(() => new Array<number>(HOURS_PER_WEEK).fill(0));
  for (const sample of indexed) {
    const platformCounts = counts[sample.platform];
    if (platformCounts) platformCounts[sample.slot] = (platformCounts[sample.slot] ?? 0) + 1;
  }
  const designs = counts.map(slotDesign);
  let slotFactors = samples.map(() => 1);
  let curves: SlotCurve[] = [];
  for (let round = 0; round < FIT_ROUNDS; round++) {
    const content = fitContent(samples, rewards.map((reward, index) => reward / (slotFactors[index] ?? 1))).armFactors;
    const sums = platforms.map(() => new Array<number>(HOURS_PER_WEEK).fill(0));
    indexed.forEach((sample, index) => {
      const platformSums = sums[sample.platform];
      if (platformSums) platformSums[sample.slot] = (platformSums[sample.slot] ?? 0) + (rewards[index] ?? 0) / (content[index] ?? 1);
    });
    curves = platforms.map((_, index) => slotCurveFromTotals(sums[index] ?? [], counts[index] ?? [], priors[index] ?? [], designs[index]));
    const raw = indexed.map((sample) => curves[sample.platform]?.expected[sample.slot] ?? 0);
    const mean = raw.reduce((sum, value) => sum + value, 0) / Math.max(raw.length, 1);
    slotFactors = mean > 0 ? raw.map((value) => Math.max(value / mean, MIN_EFFECT)) : samples.map(() => 1);
  }
  return { slotFactors, bestTimes: platforms.map((platform, index) => tableFromCurve(platform, curves[index] ?? { expected: [], counts: [], bandwidthHours: 0 }, priors[index] ?? [])) };
}
