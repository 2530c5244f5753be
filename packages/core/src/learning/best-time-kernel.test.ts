import { describe, expect, it } from 'vitest';
import { NARROWEST_BANDWIDTH_HOURS, slotBandwidth, slotDistance, slotKernel, smoothAroundWeek, WIDEST_BANDWIDTH_HOURS } from './best-time-kernel';
import { HOURS_PER_WEEK } from './learner-model';

describe('the hour-of-week kernel', () => {
  it('narrows from a working day to a few hours as posts accumulate', () => {
    expect(slotBandwidth(0)).toBe(WIDEST_BANDWIDTH_HOURS);
    expect(slotBandwidth(10)).toBe(WIDEST_BANDWIDTH_HOURS);
    expect(slotBandwidth(300)).toBeLessThan(slotBandwidth(50));
    expect(slotBandwidth(300)).toBeGreaterThan(4);
    expect(slotBandwidth(1e9)).toBe(NARROWEST_BANDWIDTH_HOURS);
  });

  it('is a symmetric Gaussian peaking at the hour itself', () => {
    const kernel = slotKernel(4);
    const reach = (kernel.length - 1) / 2;
    expect(reach).toBe(12);
    expect(kernel[reach]).toBe(1);
    expect(kernel[reach - 4]).toBeCloseTo(Math.exp(-0.5), 12);
    expect(kernel[0]).toBe(kernel[kernel.length - 1]);
    expect(slotKernel(4)).toBe(kernel);
  });

  it('spreads evidence over neighbouring hours, across the week boundary', () => {
    const values = new Array<number>(HOURS_PER_WEEK).fill(0);
    values[167] = 1;
    const smoothed = smoothAroundWeek(values, slotKernel(2));
    expect(smoothed[167]).toBe(1);
    expect(smoothed[0]).toBeCloseTo(smoothed[166] ?? 0, 12);
    expect(smoothed[1]).toBeCloseTo(Math.exp(-0.5), 12); // two hours on, at a 2-hour spread
    expect(smoothed[80]).toBe(0);
    expect(smoothed.reduce((sum, value) => sum + value, 0)).toBeCloseTo(slotKernel(2).reduce((sum, value) => sum + value, 0), 12);
  });

  it('measures distance the short way round the week', () => {
    expect(slotDistance(1, 166)).toBe(3);
    expect(slotDistance(10, 14)).toBe(4);
    expect(slotDistance(0, 84)).toBe(84);
  });
});
