import type { Platform } from '../publishing/platforms';
import { slotBandwidth, slotKernel } from './best-time-kernel';
import { localDesign, localFit, type LocalDesign } from './best-time-regression';
import { MAX_REWARD } from './engagement-metrics';
import { HOURS_PER_WEEK, type BestTimeTable, type LearnerModel, type RewardSample } from './learner-model';
import { platformSlotPriors } from './priors';

/**
 * Best time to post: for one platform, the expected reward of each of the 168 hours of the week
 * (in the brand's time zone). Each hour's estimate pools the rewards of posts at and around it
 * (local quadratic regression with a Gaussian kernel over neighbouring hours, see
 * best-time-regression.ts) and is shrunk towards the platform's prior shape, scaled to the
 * brand's usual reward, so an hour without posts nearby reads as typical for the platform
 * rather than as zero or as the luck of one post.
 */

/** The platform prior counts as this many posts at every hour. */
export const SLOT_PRIOR_WEIGHT = 1.5;

export interface SlotPoint {
  slot: number;
  /** A reward, or a reward with the content's effect divided out. */
  value: number;
}

export interface SlotCurve {
  /** Expected reward per hour of week. */
  expected: number[];
  /** Posts per hour of week. */
  counts: number[];
  /** Spread (hours) of the kernel that pooled neighbouring hours. */
  bandwidthHours: number;
}

/**
 * The shrunk, smoothed curve behind a BestTimeTable. The prior's shape is scaled to the hours
 * the brand has tried (each hour once, however often it was used, relative to what the prior
 * expects there), which approximates the week's level: scaling it to the average post would make
 * every untried hour look as good as the hours the brand keeps choosing because they are good.
 */
export function slotCurve(points: readonly SlotPoint[], prior: readonly number[]): SlotCurve {
  const sums = new Array<number>(HOURS_PER_WEEK).fill(0);
  const counts = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (const point of points) {
    const slot = ((Math.round(point.slot) % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK;
    sums[slot] = (sums[slot] ?? 0) + point.value;
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
  return slotCurveFromTotals(sums, counts, prior);
}

/** The bandwidth and kernel for a platform's per-hour post counts. */
export function slotSmoothing(counts: readonly number[]): { bandwidthHours: number; kernel: readonly number[] } {
  const bandwidthHours = slotBandwidth(counts.reduce((sum, count) => sum + count, 0));
  return { bandwidthHours, kernel: slotKernel(bandwidthHours) };
}

/** The local-regression design for a platform's per-hour post counts (see best-time-regression.ts). */
export function slotDesign(counts: readonly number[]): LocalDesign {
  const { bandwidthHours, kernel } = slotSmoothing(counts);
  return localDesign(counts, kernel, bandwidthHours, SLOT_PRIOR_WEIGHT);
}

/** slotCurve from per-hour sums of values and counts of posts (length 168 each); `design` may be reused for the same counts. */
export function slotCurveFromTotals(sums: readonly number[], counts: readonly number[], prior: readonly number[], design?: LocalDesign): SlotCurve {
  // The prior's shape scaled to the hours the brand tried: their mean relative to the prior.
  let triedSum = 0;
  let tried = 0;
  for (let slot = 0; slot < HOURS_PER_WEEK; slot++) {
    const count = counts[slot] ?? 0;
    if (count > 0) {
      triedSum += (sums[slot] ?? 0) / count / (prior[slot] || 1);
      tried += 1;
    }
  }
  const level = tried > 0 ? triedSum / tried : 0;
  const { bandwidthHours, kernel } = slotSmoothing(counts);
  const fitted = localFit(design ?? localDesign(counts, kernel, bandwidthHours, SLOT_PRIOR_WEIGHT), sums, counts.map((_, slot) => (prior[slot] ?? 1) * level));
  // A regression can overshoot beyond the data; rewards live in 0–5.
  const expected = fitted.map((value) => Math.min(Math.max(value, 0), MAX_REWARD));
  return { expected, counts: [...counts], bandwidthHours };
}

/** Hours of the week ordered best first; ties go to the hour the prior prefers, then the earlier hour. */
export function rankSlots(expected: readonly number[], prior: readonly number[]): number[] {
  return Array.from({ length: HOURS_PER_WEEK }, (_, slot) => slot).sort((a, b) => (expected[b] ?? 0) - (expected[a] ?? 0) || (prior[b] ?? 0) - (prior[a] ?? 0) || a - b);
}

/** Four decimals are far finer than rewards are measured and keep the stored JSON small. */
const roundReward = (value: number) => Math.round(value * 10_000) / 10_000;

export function tableFromCurve(platform: Platform, curve: SlotCurve, prior: readonly number[]): BestTimeTable {
  const expectedReward = curve.expected.map(roundReward);
  return { platform, expectedReward, samples: curve.counts, peakSlot: rankSlots(expectedReward, prior)[0] ?? 0, bandwidthHours: curve.bandwidthHours };
}

/**
 * The best-time table of one platform straight from rewards (the analytics view's fallback before
 * a model exists). `samples` may span platforms; only `platform`'s count. The trained model's
 * tables also divide out each post's content effect (train-learner.ts).
 */
export function bestTimeTable(samples: readonly RewardSample[], platform: Platform, prior: readonly number[] = platformSlotPriors(platform)): BestTimeTable {
  const points = samples.filter((sample) => sample.context.platform === platform && Number.isFinite(sample.reward)).map((sample) => ({ slot: sample.action.slot, value: sample.reward }));
  return tableFromCurve(platform, slotCurve(points, prior), prior);
}

/** The model's hours of the week for a platform, best first (the platform prior's order when the brand has no posts there). */
export function bestSlotsFor(model: LearnerModel | null, platform: Platform): number[] {
  const prior = platformSlotPriors(platform);
  const table = model?.bestTimes.find((each) => each.platform === platform);
  return rankSlots(table?.expectedReward ?? prior, prior);
}
