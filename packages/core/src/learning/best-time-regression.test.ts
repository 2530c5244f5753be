import { describe, expect, it } from 'vitest';
import { slotKernel } from './best-time-kernel';
import { localDesign, localFit } from './best-time-regression';
import { HOURS_PER_WEEK } from './learner-model';

const zeros = () => new Array<number>(HOURS_PER_WEEK).fill(0);

describe('local quadratic regression over the week', () => {
  it('recovers a quadratic peak exactly from posts around it, even posted unevenly', () => {
    const truth = (slot: number) => 3 - 0.01 * (slot - 80) ** 2;
    const counts = zeros();
    const sums = zeros();
    // Most posts two hours after the peak, a few on both sides.
    for (const [slot, posts] of [[74, 1], [78, 2], [80, 1], [82, 20], [84, 3], [88, 1]] as const) {
      counts[slot] = posts;
      sums[slot] = posts * truth(slot);
    }
    const design = localDesign(counts, slotKernel(4), 4, 1e-9);
    const fitted = localFit(design, sums, zeros());
    for (const slot of [76, 80, 82, 86]) expect(fitted[slot]).toBeCloseTo(truth(slot), 6);
  });

  it('returns the prior where there are no posts, and is linear in sums and prior', () => {
    const counts = zeros();
    counts[10] = 4;
    const sums = zeros();
    sums[10] = 8;
    const prior = new Array<number>(HOURS_PER_WEEK).fill(1);
    const design = localDesign(counts, slotKernel(3), 3, 1.5);
    const fitted = localFit(design, sums, prior);
    expect(fitted[100]).toBeCloseTo(1, 12);
    expect(fitted[10]).toBeGreaterThan(1.5);
    const doubled = localFit(design, sums.map((value) => value * 2), prior.map((value) => value * 2));
    fitted.forEach((value, slot) => expect(doubled[slot]).toBeCloseTo(2 * value, 9));
  });
});
