import { HOURS_PER_WEEK } from './learner-model';

/**
 * Neighbouring hours of the week draw similar audiences, so evidence about Tuesday 14:00 also
 * says something about 13:00 and 15:00. A Gaussian kernel over hours, wrapping Saturday night
 * into Sunday morning, spreads each post's evidence over its neighbourhood.
 *
 * How far depends on how much evidence there is (the usual n^(−1/5) bandwidth rule): a brand
 * with ten posts learns "Tuesday daytime is good" from a wide kernel, one with hundreds can
 * afford a narrow one and place its peak to the hour.
 */

/** The kernel's spread with a handful of posts: audiences' habits blur over a working day. */
export const WIDEST_BANDWIDTH_HOURS = 10;
/** The narrowest spread: below it one hour's luck would look like a pattern. */
export const NARROWEST_BANDWIDTH_HOURS = 3;
/** Posts at which the bandwidth starts to narrow. */
const BANDWIDTH_REFERENCE_POSTS = 10;

/** The kernel's spread (hours) for a platform with `posts` rewarded posts, to a quarter hour. */
export function slotBandwidth(posts: number): number {
  const rule = WIDEST_BANDWIDTH_HOURS * Math.max(posts / BANDWIDTH_REFERENCE_POSTS, 1) ** -0.2;
  return Math.round(Math.min(Math.max(rule, NARROWEST_BANDWIDTH_HOURS), WIDEST_BANDWIDTH_HOURS) * 4) / 4;
}

const kernels = new Map<number, readonly number[]>();

/** Weights for offsets −reach … +reach (index 0 is −reach), reach = 3 spreads. */
export function slotKernel(bandwidthHours: number): readonly number[] {
  const cached = kernels.get(bandwidthHours);
  if (cached) return cached;
  const reach = Math.min(Math.ceil(3 * bandwidthHours), HOURS_PER_WEEK / 2 - 1);
  const kernel = Array.from({ length: 2 * reach + 1 }, (_, index) => Math.exp(-((index - reach) ** 2) / (2 * bandwidthHours ** 2)));
  kernels.set(bandwidthHours, kernel);
  return kernel;
}

/** The kernel-weighted sum around every hour of the week (length 168 in, length 168 out). */
export function smoothAroundWeek(values: readonly number[], kernel: readonly number[]): number[] {
  const reach = (kernel.length - 1) / 2;
  const smoothed = new Array<number>(HOURS_PER_WEEK).fill(0);
  // Spread each hour's value over its neighbours; most hours are empty and are skipped.
  for (let source = 0; source < HOURS_PER_WEEK; source++) {
    const value = values[source] ?? 0;
    if (value === 0) continue;
    for (let index = 0; index < kernel.length; index++) {
      let target = source + reach - index;
      if (target < 0) target += HOURS_PER_WEEK;
      else if (target >= HOURS_PER_WEEK) target -= HOURS_PER_WEEK;
      smoothed[target] = (smoothed[target] ?? 0) + (kernel[index] ?? 0) * value;
    }
  }
  return smoothed;
}

/** Hours between two slots the short way round the week (0–84). */
export function slotDistance(a: number, b: number): number {
  const difference = Math.abs((((a - b) % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK);
  return Math.min(difference, HOURS_PER_WEEK - difference);
}
