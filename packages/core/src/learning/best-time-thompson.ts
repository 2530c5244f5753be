import type { Platform } from '../publishing/platforms';
import { standardNormal } from './bandit';
import { modelNoiseSd, rewardLevel } from './bandit-arms';
import { slotKernel, smoothAroundWeek } from './best-time-kernel';
import { localDesign, localFit, type LocalDesign } from './best-time-regression';
import { SLOT_PRIOR_WEIGHT, slotSmoothing } from './best-time';
import { HOURS_PER_WEEK, type BestTimeTable, type LearnerModel } from './learner-model';
import { platformSlotPriors } from './priors';

/**
 * Thompson sampling over posting hours. The best-time curve is a regression on the brand's
 * posts (best-time-regression.ts); a draw from its posterior is the same regression refitted
 * with every hour's rewards and the prior perturbed by their own noise (for a Gaussian linear
 * model that is an exact posterior sample, "perturbed history"). The fit is linear, so the
 * draw is the stored curve plus the fit of the perturbations alone. A drawn curve is smooth,
 * so a whole neighbourhood of hours is optimistic or pessimistic together.
 */

/** A post may go out at any hour the draw puts within this share of its best hour's reward. */
export const SATISFICING_TOLERANCE = 0.07;

/** A smooth standard-normal curve over the week: white noise through the kernel, rescaled. */
function smoothNoise(kernel: readonly number[], random: () => number): number[] {
  const norm = Math.sqrt(kernel.reduce((sum, weight) => sum + weight * weight, 0));
  return smoothAroundWeek(Array.from({ length: HOURS_PER_WEEK }, () => standardNormal(random)), kernel).map((value) => value / norm);
}

/** A table's design depends only on its post counts; choosing many posts from one model reuses it. */
const designs = new WeakMap<BestTimeTable, LocalDesign>();

function designFor(table: BestTimeTable | undefined, counts: readonly number[], kernel: readonly number[], bandwidthHours: number): LocalDesign {
  const cached = table ? designs.get(table) : undefined;
  if (cached) return cached;
  const design = localDesign(counts, kernel, bandwidthHours, SLOT_PRIOR_WEIGHT);
  if (table) designs.set(table, design);
  return design;
}

/** One posterior draw of the expected reward of every hour of the week on `platform`. */
export function sampleSlotCurve(model: LearnerModel, platform: Platform, random: () => number): number[] {
  const table = model.bestTimes.find((each) => each.platform === platform);
  const sd = modelNoiseSd(model);
  const counts = table?.samples ?? new Array<number>(HOURS_PER_WEEK).fill(0);
  // The table's own bandwidth when it has one (a model trained under other settings).
  const bandwidthHours = table?.bandwidthHours || slotSmoothing(counts).bandwidthHours;
  const kernel = slotKernel(bandwidthHours);
  const mean = table?.expectedReward ?? platformSlotPriors(platform).map((weight) => weight * rewardLevel(model));
  // Each hour's sum of n rewards varies by σ·√n; the prior (W posts' worth) by σ·√W, smoothly.
  const priorNoise = smoothNoise(kernel, random).map((value) => (value * sd) / Math.sqrt(SLOT_PRIOR_WEIGHT));
  const sumNoise = counts.map((count) => (count > 0 ? sd * Math.sqrt(count) * standardNormal(random) : 0));
  const values = localFit(designFor(table, counts, kernel, bandwidthHours), sumNoise, priorNoise);
  return mean.map((value, slot) => value + (values[slot] ?? 0));
}

/**
 * The hour for a post among `allowed` (every hour when empty). Draw a curve; then, in the
 * spirit of satisficing Thompson sampling, post at a random hour among those the draw puts
 * within SATISFICING_TOLERANCE of its best. The top of an audience's week is flat — the hours
 * beside the best are within a few percent of it — and posts that all go out at the single
 * best-looking hour can never tell whether the peak is at 14:00 or at 16:00. Spreading them
 * over the hours the draw rates as practically as good costs at most that few percent by the
 * model's own account, maps the top of the curve, and places the peak to the hour. As
 * evidence sharpens the curve the set of such hours narrows by itself.
 */
export function sampleSlot(model: LearnerModel, platform: Platform, random: () => number, allowed: readonly number[]): number {
  const candidates = allowed.length > 0 ? allowed : Array.from({ length: HOURS_PER_WEEK }, (_, slot) => slot);
  const curve = sampleSlotCurve(model, platform, random);
  let top = Number.NEGATIVE_INFINITY;
  for (const slot of candidates) top = Math.max(top, curve[slot] ?? Number.NEGATIVE_INFINITY);
  const good = candidates.filter((slot) => (curve[slot] ?? Number.NEGATIVE_INFINITY) >= top - SATISFICING_TOLERANCE * Math.abs(top));
  return good[Math.min(good.length - 1, Math.floor(random() * good.length))] ?? candidates[0] ?? 0;
}
