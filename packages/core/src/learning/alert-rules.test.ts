import { describe, expect, it } from 'vitest';
import { averageOf, describeActivityAnomaly, detectActivityAnomaly, detectPostAlerts, type PostAlertInput } from './alert-rules';

const input = (overrides: Partial<PostAlertInput> & { rate?: number | null; reward?: number | null; averageRate?: number | null; averageReward?: number | null }): PostAlertInput => ({
  post: { engagementRate: overrides.rate === undefined ? 0.02 : overrides.rate, reward: overrides.reward === undefined ? 1 : overrides.reward },
  brandAverage: { engagementRate: overrides.averageRate === undefined ? 0.02 : overrides.averageRate, reward: overrides.averageReward === undefined ? 1 : overrides.averageReward },
  baselinePosts: overrides.baselinePosts ?? 10,
  hoursSincePublished: overrides.hoursSincePublished ?? 30,
});

describe('detectPostAlerts', () => {
  it('flags a post above 3× the brand average engagement rate as viral, at any age', () => {
    expect(detectPostAlerts(input({ rate: 0.07, averageRate: 0.02, hoursSincePublished: 2 }))).toMatchObject({ kind: 'viral', measure: 'engagementRate', value: 0.07, average: 0.02 });
    expect(detectPostAlerts(input({ rate: 0.07, averageRate: 0.02 }))?.ratio).toBeCloseTo(3.5, 10);
    // Exactly 3× is not "more than 3×".
    expect(detectPostAlerts(input({ rate: 0.06, averageRate: 0.02 }))).toBeNull();
  });

  it('flags a post below 50% of the average as poor only once it is 24 hours old', () => {
    expect(detectPostAlerts(input({ rate: 0.009, averageRate: 0.02, hoursSincePublished: 23.9 }))).toBeNull();
    expect(detectPostAlerts(input({ rate: 0.009, averageRate: 0.02, hoursSincePublished: 24 }))).toMatchObject({ kind: 'poor', measure: 'engagementRate' });
    expect(detectPostAlerts(input({ rate: 0.01, averageRate: 0.02, hoursSincePublished: 48 }))).toBeNull();
    expect(detectPostAlerts(input({ rate: 0, averageRate: 0.02, hoursSincePublished: 48 }))).toMatchObject({ kind: 'poor', value: 0 });
  });

  it('falls back to the reward when the engagement rate is unknown on either side', () => {
    expect(detectPostAlerts(input({ rate: null, reward: 4, averageReward: 1 }))).toMatchObject({ kind: 'viral', measure: 'reward', ratio: 4 });
    expect(detectPostAlerts(input({ rate: 0.9, averageRate: null, reward: 0.2, averageReward: 1 }))).toMatchObject({ kind: 'poor', measure: 'reward' });
  });

  it('stays quiet on unknown values, zero averages and thin history (no false alarms)', () => {
    expect(detectPostAlerts(input({ rate: null, reward: null }))).toBeNull();
    expect(detectPostAlerts(input({ averageRate: null, averageReward: null, rate: 1, reward: 5 }))).toBeNull();
    expect(detectPostAlerts(input({ rate: 0.5, averageRate: 0, reward: 3, averageReward: 0 }))).toBeNull();
    expect(detectPostAlerts(input({ rate: 0.5, averageRate: 0.01, baselinePosts: 2 }))).toBeNull();
    expect(detectPostAlerts(input({ rate: Number.NaN, reward: null }))).toBeNull();
  });
});

describe('averageOf', () => {
  it('averages the known values only', () => {
    expect(averageOf([1, null, 3])).toBe(2);
    expect(averageOf([null, null])).toBeNull();
    expect(averageOf([])).toBeNull();
  });
});

describe('detectActivityAnomaly', () => {
  const week = [1000, 1100, 950, 1050, 980, 1020, 900];
  // mean 1000, sample σ = √(25800 / 6) ≈ 65.6 (above the √1000 ≈ 31.6 floor)
  const sigma = Math.sqrt(25_800 / 6);

  it('finds a spike or a drop beyond 3σ of the previous days', () => {
    expect(detectActivityAnomaly(week, 1000 + 3 * sigma + 1)).toBe('spike');
    expect(detectActivityAnomaly(week, 1000 - 3 * sigma - 1)).toBe('drop');
    expect(detectActivityAnomaly(week, 1000 + 3 * sigma - 1)).toBeNull();
    expect(detectActivityAnomaly(week, 1000 - 3 * sigma + 1)).toBeNull();
    const spike = describeActivityAnomaly(week, 3000);
    expect(spike).toMatchObject({ kind: 'spike', mean: 1000, today: 3000 });
    expect(spike?.sigma).toBeCloseTo(sigma, 10);
  });

  it('needs 7 known days of history; missing days are skipped, not zeros', () => {
    expect(detectActivityAnomaly(week.slice(1), 5000)).toBeNull();
    expect(detectActivityAnomaly([...week.slice(1), null], 5000)).toBeNull();
    expect(detectActivityAnomaly([null, ...week], 5000)).toBe('spike');
    // Missing days counted as 0 would lower the mean and widen σ enough to hide this spike.
    expect(detectActivityAnomaly([null, null, ...week], 1250)).toBe('spike');
    expect(detectActivityAnomaly(week, null)).toBeNull();
  });

  it('does not alarm on an all-zero or perfectly steady quiet history', () => {
    expect(detectActivityAnomaly([0, 0, 0, 0, 0, 0, 0], 3)).toBeNull();
    expect(detectActivityAnomaly([0, 0, 0, 0, 0, 0, 0], 0)).toBeNull();
    // σ = 0, but a count of 4 a day naturally varies by about √4 = 2.
    expect(detectActivityAnomaly([4, 4, 4, 4, 4, 4, 4], 9)).toBeNull();
    expect(detectActivityAnomaly([4, 4, 4, 4, 4, 4, 4], 11)).toBe('spike');
    // A drop below zero is impossible, so quiet brands never get a "drop".
    expect(detectActivityAnomaly([2, 3, 2, 1, 2, 3, 2], 0)).toBeNull();
  });
});
