import { describe, expect, it } from 'vitest';
import { jStat } from 'jstat';
import { compareVariants, probabilityToBeat, twoProportionTest, twoSidedPValue, type VariantCounts } from './ab-statistics';

/** mulberry32: a small seeded generator, so the generated cases are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trials spread over orders of magnitude (0 … 3000) and successes near a random rate ≤ 30%. */
function generateVariant(random: () => number, rate: number): VariantCounts {
  const trials = random() < 0.03 ? 0 : Math.floor(Math.exp(random() * Math.log(3000)));
  const noisy = rate * (0.7 + 0.6 * random());
  return { trials, successes: Math.min(trials, Math.round(trials * noisy)) };
}

function generateCases(count: number, seed: number): VariantCounts[][] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => {
    const size = 2 + Math.floor(random() * 3);
    const rate = random() * 0.3;
    return Array.from({ length: size }, () => generateVariant(random, rate));
  });
}

/** The textbook pooled statistic, written out independently; its p-value comes from jstat. */
function referenceTest(a: VariantCounts, b: VariantCounts): { z: number; pValue: number } {
  if (a.trials === 0 || b.trials === 0) return { z: 0, pValue: 1 };
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  if (se === 0) return { z: 0, pValue: 1 };
  const z = (b.successes / b.trials - a.successes / a.trials) / se;
  return { z, pValue: jStat.ztest(z, 2) };
}

/**
 * P(each variant is best) with jstat's Beta density and distribution function: Simpson's rule on
 * a uniform grid fine enough for the narrowest posterior (≥ 20 steps per sd).
 */
function referenceProbabilities(variants: VariantCounts[]): number[] {
  const params = variants.map(({ successes, trials }) => ({ a: 1 + successes, b: 1 + trials - successes }));
  const sds = params.map(({ a, b }) => Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1))));
  const means = params.map(({ a, b }) => a / (a + b));
  const lo = Math.max(0, Math.min(...means.map((mean, i) => mean - 15 * (sds[i] ?? 0))));
  const hi = Math.min(1, Math.max(...means.map((mean, i) => mean + 15 * (sds[i] ?? 0))));
  const steps = 2 * Math.ceil(((hi - lo) / (Math.min(...sds) / 20)) / 2);
  const h = (hi - lo) / steps;
  return params.map((own, i) => {
    let sum = 0;
    for (let step = 0; step <= steps; step++) {
      const x = lo + step * h;
      let value = jStat.beta.pdf(x, own.a, own.b);
      params.forEach((other, j) => {
        if (j !== i) value *= jStat.beta.cdf(x, other.a, other.b);
      });
      sum += (step === 0 || step === steps ? 1 : step % 2 === 1 ? 4 : 2) * value;
    }
    return (sum * h) / 3;
  });
}

/** Evan Miller's closed form for two variants: P(rate_B > rate_A), with jstat's log-beta. */
function exactProbabilityBBeatsA(a: VariantCounts, b: VariantCounts): number {
  const alphaA = 1 + a.successes;
  const betaA = 1 + a.trials - a.successes;
  const alphaB = 1 + b.successes;
  const betaB = 1 + b.trials - b.successes;
  let total = 0;
  for (let i = 0; i < alphaB; i++) {
    total += Math.exp(jStat.betaln(alphaA + i, betaA + betaB) - Math.log(betaB + i) - jStat.betaln(1 + i, betaB) - jStat.betaln(alphaA, betaA));
  }
  return total;
}

const cases = generateCases(200, 20_261_106);

describe('twoProportionTest against jstat', () => {
  it('matches z and the jstat p-value on every pair of 200 generated cases', () => {
    let compared = 0;
    for (const variants of cases) {
      for (const a of variants) {
        for (const b of variants) {
          const ours = twoProportionTest(a, b);
          const reference = referenceTest(a, b);
          expect(ours.z).toBeCloseTo(reference.z, 10);
          expect(Math.abs(ours.pValue - reference.pValue)).toBeLessThanOrEqual(1e-12 + 1e-9 * reference.pValue);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("agrees with jstat's own two-sided difference-of-proportions test where it applies (rates strictly inside 0…1)", () => {
    let compared = 0;
    for (const [a, b] of cases.map((variants) => [variants[0], variants[1]] as const)) {
      if (!a || !b || a.trials === 0 || b.trials === 0) continue;
      const rateA = a.successes / a.trials;
      const rateB = b.successes / b.trials;
      if (rateA <= 0 || rateB <= 0 || rateA >= 1 || rateB >= 1) continue;
      const reference = jStat.fn.twoSidedDifferenceOfProportions(rateA, a.trials, rateB, b.trials);
      expect(Math.abs(twoProportionTest(a, b).pValue - reference)).toBeLessThanOrEqual(1e-12 + 1e-9 * reference);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('gives the textbook p-values and stays accurate far in the tail', () => {
    expect(twoSidedPValue(1.959963984540054)).toBeCloseTo(0.05, 12);
    expect(twoSidedPValue(0)).toBe(1);
    // jstat's 1 + erf(−z) rounds to 0 here; the continued fraction keeps the true value.
    expect(twoSidedPValue(10) / 1.523970604832106e-23).toBeCloseTo(1, 9);
    for (const z of [0.1, 1, 2.5, 3.5, 3.6, 5, 7]) expect(twoSidedPValue(z)).toBeCloseTo(jStat.ztest(z, 2), 14);
  });

  it('is symmetric: swapping the variants flips z and keeps p', () => {
    const a = { successes: 30, trials: 1000 };
    const b = { successes: 52, trials: 1100 };
    expect(twoProportionTest(a, b).z).toBeCloseTo(-twoProportionTest(b, a).z, 12);
    expect(twoProportionTest(a, b).z).toBeGreaterThan(0);
    expect(twoProportionTest(a, b).pValue).toBe(twoProportionTest(b, a).pValue);
  });

  it('cannot tell variants apart without trials, without any success, when identical or when everything succeeded', () => {
    expect(twoProportionTest({ successes: 0, trials: 0 }, { successes: 10, trials: 100 })).toEqual({ z: 0, pValue: 1 });
    expect(twoProportionTest({ successes: 0, trials: 500 }, { successes: 0, trials: 800 })).toEqual({ z: 0, pValue: 1 });
    expect(twoProportionTest({ successes: 40, trials: 40 }, { successes: 90, trials: 90 })).toEqual({ z: 0, pValue: 1 });
    expect(twoProportionTest({ successes: 25, trials: 500 }, { successes: 25, trials: 500 })).toEqual({ z: 0, pValue: 1 });
  });

  it('refuses impossible counts', () => {
    expect(() => twoProportionTest({ successes: 11, trials: 10 }, { successes: 1, trials: 10 })).toThrow(RangeError);
    expect(() => twoProportionTest({ successes: -1, trials: 10 }, { successes: 1, trials: 10 })).toThrow(RangeError);
  });
});

describe('probabilityToBeat against jstat', () => {
  it('matches numeric integration over jstat Beta pdf/cdf on 200 generated cases (2–4 variants)', () => {
    let worst = 0;
    for (const variants of cases) {
      const ours = probabilityToBeat(variants);
      const reference = referenceProbabilities(variants);
      ours.forEach((value, i) => (worst = Math.max(worst, Math.abs(value - (reference[i] ?? NaN)))));
      expect(ours.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 10);
    }
    expect(worst).toBeLessThan(1e-6);
  });

  it("matches the exact two-variant closed form (jstat's log-beta)", () => {
    let worst = 0;
    for (const variants of cases) {
      const [a, b] = variants;
      if (!a || !b) continue;
      const [, ours] = probabilityToBeat([a, b]);
      worst = Math.max(worst, Math.abs((ours ?? NaN) - exactProbabilityBBeatsA(a, b)));
    }
    expect(worst).toBeLessThan(1e-8);
  });

  it('splits evenly between identical variants, and treats no data as the uniform prior', () => {
    for (const variant of [{ successes: 0, trials: 0 }, { successes: 0, trials: 250 }, { successes: 30, trials: 700 }, { successes: 9, trials: 9 }]) {
      for (const size of [2, 3, 4]) {
        for (const probability of probabilityToBeat(Array.from({ length: size }, () => variant))) expect(probability).toBeCloseTo(1 / size, 10);
      }
    }
  });

  it('resolves a narrow posterior (a million impressions) next to wide ones', () => {
    const variants = [
      { successes: 50_000, trials: 1_000_000 },
      { successes: 50_400, trials: 1_000_000 },
      { successes: 2, trials: 40 },
    ];
    const ours = probabilityToBeat(variants);
    // B vs A alone: posteriors are normal to high accuracy here, so the difference is ~ N(0.0004, sd).
    const [, bBeatsA] = probabilityToBeat(variants.slice(0, 2));
    const sd = Math.sqrt((0.05 * 0.95) / 1_000_000 + (0.0504 * 0.9496) / 1_000_000);
    expect(bBeatsA).toBeCloseTo(jStat.normal.cdf(0.0004 / sd, 0, 1), 3);
    expect(ours.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 10);
    expect(ours[1]).toBeGreaterThan(ours[0] ?? 1);
  });
});

describe('compareVariants', () => {
  it('declares the clearly better variant the winner with the two-sided p-value', () => {
    const result = compareVariants([{ successes: 100, trials: 5000 }, { successes: 160, trials: 5000 }], 0.95);
    expect(result.significant).toBe(true);
    expect(result.winnerIndex).toBe(1);
    expect(result.pValue).toBeCloseTo(twoProportionTest({ successes: 100, trials: 5000 }, { successes: 160, trials: 5000 }).pValue, 14);
    expect(result.probabilities[1]).toBeGreaterThan(0.99);
  });

  it('names no winner until the level is reached', () => {
    const close = compareVariants([{ successes: 50, trials: 1000 }, { successes: 62, trials: 1000 }], 0.95);
    expect(close).toMatchObject({ significant: false, winnerIndex: null });
    expect(close.pValue).toBeGreaterThan(0.05);
    // Significant at 90% but not at 99%.
    const middling = [{ successes: 50, trials: 1000 }, { successes: 70, trials: 1000 }];
    expect(compareVariants(middling, 0.9).winnerIndex).toBe(1);
    expect(compareVariants(middling, 0.99).winnerIndex).toBeNull();
  });

  it('with more variants corrects for every pair (Bonferroni) and needs the leader to beat each one', () => {
    const variants = [{ successes: 50, trials: 1000 }, { successes: 75, trials: 1000 }, { successes: 52, trials: 1000 }];
    const raw = Math.max(twoProportionTest(variants[0] as VariantCounts, variants[1] as VariantCounts).pValue, twoProportionTest(variants[2] as VariantCounts, variants[1] as VariantCounts).pValue);
    const result = compareVariants(variants, 0.95);
    expect(result.pValue).toBeCloseTo(Math.min(1, raw * 3), 12);
    expect(result.significant).toBe(result.pValue !== null && result.pValue < 0.05);
    // A runner-up as good as the leader blocks a win however bad the third is.
    expect(compareVariants([{ successes: 80, trials: 1000 }, { successes: 80, trials: 1000 }, { successes: 5, trials: 1000 }], 0.95).winnerIndex).toBeNull();
    expect(compareVariants([{ successes: 20, trials: 4000 }, { successes: 200, trials: 4000 }, { successes: 30, trials: 4000 }, { successes: 25, trials: 4000 }], 0.95).winnerIndex).toBe(1);
  });

  it('has no p-value while a variant has no impressions, and none for identical variants', () => {
    expect(compareVariants([{ successes: 0, trials: 0 }, { successes: 30, trials: 100 }], 0.95)).toMatchObject({ pValue: null, significant: false, winnerIndex: null });
    const same = compareVariants([{ successes: 30, trials: 100 }, { successes: 30, trials: 100 }, { successes: 30, trials: 100 }], 0.95);
    expect(same).toMatchObject({ pValue: 1, significant: false, winnerIndex: null });
    expect(compareVariants([{ successes: 0, trials: 300 }, { successes: 0, trials: 300 }], 0.95)).toMatchObject({ pValue: 1, winnerIndex: null });
  });

  it('keeps false winners among equal variants below 1 − level (simulated A/A/A/A tests)', () => {
    const random = seeded(7);
    const binomial = (trials: number, rate: number) => Array.from({ length: trials }, () => random() < rate).filter(Boolean).length;
    let falseWinners = 0;
    const runs = 300;
    for (let run = 0; run < runs; run++) {
      const size = 3 + (run % 2);
      const variants = Array.from({ length: size }, () => ({ trials: 800, successes: binomial(800, 0.06) }));
      if (compareVariants(variants, 0.95).significant) falseWinners++;
    }
    expect(falseWinners / runs).toBeLessThan(0.05);
  });

  it('refuses fewer than 2 or more than 4 variants and levels outside 0…1', () => {
    expect(() => compareVariants([{ successes: 1, trials: 2 }], 0.95)).toThrow(RangeError);
    expect(() => compareVariants(Array.from({ length: 5 }, () => ({ successes: 1, trials: 2 })), 0.95)).toThrow(RangeError);
    expect(() => compareVariants([{ successes: 1, trials: 2 }, { successes: 1, trials: 2 }], 1)).toThrow(RangeError);
  });
});
