import { smoothAroundWeek } from './best-time-kernel';
import { HOURS_PER_WEEK } from './learner-model';

/**
 * Local quadratic regression over the hours of the week. Around every hour, fit
 * value ≈ a + b·d + c·d² to the posts d hours away (weighted by the kernel) and read a. Unlike
 * a kernel-weighted average it is not dragged towards where the brand happened to post most,
 * and it follows the curvature of a peak instead of flattening it, so the peak lands on the
 * right hour even when posts cluster beside it.
 *
 * The prior enters as `priorWeight` posts at d = 0 worth the prior value, plus as many posts'
 * worth of doubt about any slope (at ±bandwidth) or curvature, which keeps hours with little
 * evidence near the prior and the fit solvable everywhere. The fit is linear in the sums and
 * the prior values, which best-time-thompson.ts relies on to draw from its posterior.
 */

/** The kernel times dᵖ for offsets d = −reach … +reach (d = the post's hour − the estimated hour). */
function kernelMoment(kernel: readonly number[], power: number): number[] {
  const reach = (kernel.length - 1) / 2;
  return kernel.map((weight, index) => weight * (index - reach) ** power);
}

/** The part of the fit that depends only on where the posts are: solve it once, apply it to any sums. */
export interface LocalDesign {
  kernel: readonly number[];
  priorWeight: number;
  /** Per hour, the first row of the normal equations' inverse matrix: a = row · [r0, r1, r2]. */
  rows: Float64Array;
}

/** The design for per-hour post counts (length 168). */
export function localDesign(counts: readonly number[], kernel: readonly number[], bandwidthHours: number, priorWeight: number): LocalDesign {
  const [s0 = [], s1 = [], s2 = [], s3 = [], s4 = []] = [0, 1, 2, 3, 4].map((power) => smoothAroundWeek(counts, kernelMoment(kernel, power)));
  const rows = new Float64Array(HOURS_PER_WEEK * 3);
  for (let slot = 0; slot < HOURS_PER_WEEK; slot++) {
    // Symmetric matrix [[m00, m01, m02], [m01, m11, m12], [m02, m12, m22]].
    const m00 = (s0[slot] ?? 0) + priorWeight;
    const m01 = s1[slot] ?? 0;
    const m02 = s2[slot] ?? 0;
    const m11 = (s2[slot] ?? 0) + priorWeight * bandwidthHours ** 2;
    const m12 = s3[slot] ?? 0;
    const m22 = (s4[slot] ?? 0) + priorWeight * bandwidthHours ** 4;
    const c00 = m11 * m22 - m12 * m12;
    const c01 = m02 * m12 - m01 * m22;
    const c02 = m01 * m12 - m11 * m02;
    const determinant = m00 * c00 + m01 * c01 + m02 * c02;
    if (determinant > 1e-12) {
      rows[slot * 3] = c00 / determinant;
      rows[slot * 3 + 1] = c01 / determinant;
      rows[slot * 3 + 2] = c02 / determinant;
    } else {
      // Numerically empty: fall back to the prior alone.
      rows[slot * 3] = 1 / m00;
    }
  }
  return { kernel, priorWeight, rows };
}

/** Fitted value per hour of week from per-hour sums of values and the prior's value per hour. */
export function localFit(design: LocalDesign, sums: readonly number[], priorValues: readonly number[]): number[] {
  const [t0 = [], t1 = [], t2 = []] = [0, 1, 2].map((power) => smoothAroundWeek(sums, kernelMoment(design.kernel, power)));
  const values = new Array<number>(HOURS_PER_WEEK);
  for (let slot = 0; slot < HOURS_PER_WEEK; slot++) {
    const r0 = (t0[slot] ?? 0) + design.priorWeight * (priorValues[slot] ?? 0);
    values[slot] = (design.rows[slot * 3] ?? 0) * r0 + (design.rows[slot * 3 + 1] ?? 0) * (t1[slot] ?? 0) + (design.rows[slot * 3 + 2] ?? 0) * (t2[slot] ?? 0);
  }
  return values;
}
