import { describe, expect, it } from 'vitest';
import { seededRandom } from '../ai/content/seeded-random';
import { armKey, emptyStatistics, noiseSd, normalPosterior, observe, observeIn, parseArmKey, standardNormal, thompsonDraw } from './bandit';
import type { ArmStatistics } from './learner-model';

const statisticsOf = (values: number[]) => {
  const statistics = emptyStatistics();
  for (const value of values) observe(statistics, value);
  return statistics;
};

describe('bandit building blocks', () => {
  it('keys arms as tone|format and reads back only known ones', () => {
    expect(armKey('provocative', 'thread')).toBe('provocative|thread');
    expect(parseArmKey('provocative|thread')).toEqual({ tone: 'provocative', format: 'thread' });
    expect(parseArmKey('sarcastic|thread')).toBeNull();
    expect(parseArmKey('provocative')).toBeNull();
  });

  it('keeps running mean and spread equal to the two-pass figures (Welford)', () => {
    const values = [0.5, 2.25, 1, 4.75, 3, 0];
    const statistics = statisticsOf(values);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(statistics.visits).toBe(6);
    expect(statistics.mean).toBeCloseTo(mean, 12);
    expect(statistics.sumSquares).toBeCloseTo(values.reduce((sum, value) => sum + (value - mean) ** 2, 0), 12);
    const table: Record<string, ArmStatistics> = {};
    observeIn(table, 'a', 1);
    observeIn(table, 'a', 3);
    expect(table.a).toEqual({ visits: 2, mean: 2, sumSquares: 2 });
  });

  it('combines an arm with its prior by weight, and narrows with evidence', () => {
    const prior = { mean: 1, weight: 2 };
    expect(normalPosterior(undefined, prior, 0.5)).toEqual({ mean: 1, sd: 0.5 / Math.sqrt(2) });
    const posterior = normalPosterior(statisticsOf([3, 3, 3, 3, 3, 3]), prior, 0.5);
    expect(posterior.mean).toBeCloseTo((6 * 3 + 2 * 1) / 8, 12);
    expect(posterior.sd).toBeCloseTo(0.5 / Math.sqrt(8), 12);
    expect(normalPosterior(undefined, { mean: 2, weight: 0 }, 0.4)).toEqual({ mean: 2, sd: 0.4 });
  });

  it('draws standard normals and Thompson samples from the uniform source alone', () => {
    const random = seededRandom(42);
    const draws = Array.from({ length: 20_000 }, () => standardNormal(random));
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    const variance = draws.reduce((sum, value) => sum + (value - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(variance).toBeGreaterThan(0.95);
    expect(variance).toBeLessThan(1.05);
    expect(Number.isFinite(standardNormal(() => 0))).toBe(true);
    expect(thompsonDraw({ mean: 2, sd: 0 }, random)).toBe(2);
  });

  it('estimates reward noise from repeated arms, shrunk to half the level without them', () => {
    expect(noiseSd({}, 2)).toBeCloseTo(1, 12);
    const noisy = { a: statisticsOf([1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]) };
    const quiet = { a: statisticsOf(Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? 1.9 : 2.1))) };
    expect(noiseSd(noisy, 2)).toBeGreaterThan(noiseSd(quiet, 2));
    expect(noiseSd(quiet, 2)).toBeLessThan(0.5);
    expect(noiseSd({}, 0)).toBeGreaterThan(0);
  });
});
