import type { Platform } from '../publishing/platforms';
import { standardNormal } from './bandit';
import { modelNoiseSd, rewardLevel } from './bandit-arms';
import { slotKernel, smoothAroundWeek } from './best-time-kernel';
import { localDesign, localFit } from './best-time-regression';
import { SLOT_PRIOR_WEIGHT, slotSmoothing } from './best-time';
import { HOURS_PER_WEEK, type LearnerModel } from './learner-model';
import { platformSlotPriors } from './priors';

/**
 * Thompson sampling over posting hours. The best-time curve is a regression on the brand's
 * posts (best-time-regression.ts); a draw from its posterior is the same regression refitted
 * with every hour's rewards and the prior perturbed by their own noise (for a Gaussian linear
 * model that is an exact posterior sample, "perturbed history"). The fit is linear, so the
 * draw is the stored curve plus the fit of the perturbations alone. A drawn curve is smooth,
 * so a whole neighbourhood is optimistic or pessimistic together; and where the peak's exact
 * hour is uncertain, the draws move it around — the learner keeps probing the hours beside its
 * peak until it knows which is best, instead of posting at one hour forever.
 */

/** A smooth standard-normal curve over the week: white noise through the kernel, rescaled. */
function smoothNoise(kernel: readonly number[], random: () => number): number[] {
  const norm = Math.sqrt(kernel.reduce((sum, weight) => sum + weight * weight, 0));
  return smoothAroundWeek(Array.from({ length: HOURS_PER_WEEK }, () => standardNormal(random)), kernel).map((value) => value / norm);
}

/** One posterior draw of the expected reward of every hour of the week on `platform`. */
export function sampleSlotCurve(model: LearnerModel, platform: Platform, random: () => number): number[] {
  const table = model.bestTimes.find((each) => each.platform === platform);
  const sd = modelNoiseSd(model);
  const counts = table?.samples ?? new Array<number>(HOURS_PER_WEEK).fill(0);
  const smoothing = slotSmoothing(counts);
  // The table's own bandwidth when it has one (a model trained under other settings).
  const bandwidthHours = table?.bandwidthHours || smoothing.bandwidthHours;
  const kernel = slotKernel(bandwidthHours);
  const mean = table?.expectedReward ?? platformSlotPriors(platform).map((weight) => weight * rewardLevel(model));
  // Each hour's sum of n rewards varies by σ·√n; the prior (W posts' worth) by σ·√W, smoothly.
  const priorNoise = smoothNoise(kernel, random).map((value) => (value * sd) / Math.sqrt(SLOT_PRIOR_WEIGHT));
  const sumNoise = counts.map((count) => (count > 0 ? sd * Math.sqrt(count) * standardNormal(random) : 0));
  const values = localFit(localDesign(counts, kernel, bandwidthHours, SLOT_PRIOR_WEIGHT), sumNoise, priorNoise);
  return mean.map((value, slot) => value + (values[slot] ?? 0));
}

/** One Thompson draw of the best hour among `allowed` (all hours when empty). */
export function sampleSlot(model: LearnerModel, platform: Platform, random: () => number, allowed: readonly number[]): number {
  const curve = sampleSlotCurve(model, platform, random);
  const candidates = allowed.length > 0 ? allowed : Array.from({ length: HOURS_PER_WEEK }, (_, slot) => slot);
  let best = candidates[0] ?? 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const slot of candidates) {
    const value = curve[slot] ?? Number.NEGATIVE_INFINITY;
    if (value > bestValue) {
      best = slot;
      bestValue = value;
    }
  }
  return best;
}
