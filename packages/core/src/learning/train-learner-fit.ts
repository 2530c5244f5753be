import { contentFormats } from '../ai/content-types';
import { tones } from '../brands/brand';
import type { Platform } from '../publishing/platforms';
import { JOINT_PRIOR_WEIGHT, MARGINAL_PRIOR_WEIGHT } from './bandit-arms';
import { slotCurveFromTotals, slotDesign, tableFromCurve, type SlotCurve } from './best-time';
import { HOURS_PER_WEEK, type BestTimeTable, type RewardSample } from './learner-model';

/**
 * Separates what the hour did from what the content did. A post's reward is modelled as
 * level × content effect × hour effect (per platform). Neither is known, and a brand that posts
 * its best tone at its best hour would otherwise credit the tone with the hour's success, so the
 * two are estimated in turn (backfitting): content effects from rewards with the hour divided
 * out, hour curves from rewards with the content divided out, a few rounds until they settle.
 */

const FIT_ROUNDS = 3;
/** No effect is taken to be smaller than this share of the average, so dividing by it stays sane. */
const MIN_EFFECT = 0.05;

export interface TimingFit {
  /** Per sample, its hour's effect relative to the brand's average post (mean 1 over the samples). */
  slotFactors: number[];
  bestTimes: BestTimeTable[];
}

interface Indexed {
  tone: number;
  format: number;
  arm: number;
  platform: number;
  slot: number;
}

/** Per sample, its tone × format's effect relative to the brand's level (shrunk as bandit-arms.ts does). */
function contentFactors(indexed: readonly Indexed[], adjusted: readonly number[]): number[] {
  const level = adjusted.reduce((sum, value) => sum + value, 0) / Math.max(adjusted.length, 1);
  if (level <= 0) return indexed.map(() => 1);
  const toneSums = new Array<number>(tones.length).fill(0);
  const toneCounts = new Array<number>(tones.length).fill(0);
  const formatSums = new Array<number>(contentFormats.length).fill(0);
  const formatCounts = new Array<number>(contentFormats.length).fill(0);
  const armSums = new Array<number>(tones.length * contentFormats.length).fill(0);
  const armCounts = new Array<number>(tones.length * contentFormats.length).fill(0);
  indexed.forEach((sample, index) => {
    const value = adjusted[index] ?? 0;
    toneSums[sample.tone] = (toneSums[sample.tone] ?? 0) + value;
    toneCounts[sample.tone] = (toneCounts[sample.tone] ?? 0) + 1;
    formatSums[sample.format] = (formatSums[sample.format] ?? 0) + value;
    formatCounts[sample.format] = (formatCounts[sample.format] ?? 0) + 1;
    armSums[sample.arm] = (armSums[sample.arm] ?? 0) + value;
    armCounts[sample.arm] = (armCounts[sample.arm] ?? 0) + 1;
  });
  const shrunk = (sum: number | undefined, count: number | undefined, prior: number, weight: number) => ((sum ?? 0) + weight * prior) / ((count ?? 0) + weight);
  return indexed.map((sample) => {
    const tone = shrunk(toneSums[sample.tone], toneCounts[sample.tone], level, MARGINAL_PRIOR_WEIGHT);
    const format = shrunk(formatSums[sample.format], formatCounts[sample.format], level, MARGINAL_PRIOR_WEIGHT);
    const arm = shrunk(armSums[sample.arm], armCounts[sample.arm], (tone * format) / level, JOINT_PRIOR_WEIGHT);
    return Math.max(arm / level, MIN_EFFECT);
  });
}

/** Hour effects per sample and the best-time table of every platform the samples cover. */
export function fitTiming(samples: readonly RewardSample[], rewards: readonly number[], priorFor: (platform: Platform) => number[]): TimingFit {
  const platforms = [...new Set(samples.map((sample) => sample.context.platform))].sort();
  const priors = platforms.map(priorFor);
  const indexed: Indexed[] = samples.map((sample) => {
    const tone = Math.max(tones.indexOf(sample.action.tone), 0);
    const format = Math.max(contentFormats.indexOf(sample.action.format), 0);
    const slot = ((Math.round(sample.action.slot) % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK;
    return { tone, format, arm: tone * contentFormats.length + format, platform: platforms.indexOf(sample.context.platform), slot };
  });
  const counts = platforms.map(() => new Array<number>(HOURS_PER_WEEK).fill(0));
  for (const sample of indexed) {
    const platformCounts = counts[sample.platform];
    if (platformCounts) platformCounts[sample.slot] = (platformCounts[sample.slot] ?? 0) + 1;
  }
  const designs = counts.map(slotDesign);
  let slotFactors = samples.map(() => 1);
  let curves: SlotCurve[] = [];
  for (let round = 0; round < FIT_ROUNDS; round++) {
    const content = contentFactors(indexed, rewards.map((reward, index) => reward / (slotFactors[index] ?? 1)));
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
