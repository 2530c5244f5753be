/**
 * Statistics for A/B tests of posts: a variant's "successes" are its interactions and its
 * "trials" its impressions. Two views, as the issue asks: a frequentist two-proportion z-test
 * decides significance, and a Bayesian probability-to-beat says how sure we are in words people
 * read ("97% probability to beat the rest"). Pure and deterministic (no sampling), so a result
 * never changes between two page loads. Checked against jstat in ab-statistics.test.ts.
 */

export interface VariantCounts {
  /** Interactions (likes + comments + shares); at most `trials`. */
  successes: number;
  /** Impressions. */
  trials: number;
}

function assertCounts(variant: VariantCounts): void {
  const { successes, trials } = variant;
  if (!Number.isFinite(successes) || !Number.isFinite(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`Invalid variant counts: ${successes} successes of ${trials} trials`);
  }
}

/**
 * erfc(y) for y ≥ 0 to about 1e-15 relative: below 2.5 from the all-positive series
 * erf(y) = 2/√π · e^(−y²) · Σ (2y²)ⁿ y / (1·3·…·(2n+1)) (no cancellation inside the sum), above
 * it from the continued fraction of erfc, which keeps tiny tail probabilities accurate where
 * 1 − erf(y) would round to zero.
 */
function erfc(y: number): number {
  if (y < 2.5) {
    let term = y;
    let sum = y;
    const twoY2 = 2 * y * y;
    for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
      term *= twoY2 / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-y * y) * sum;
  }
  // erfc(y) = e^(−y²)/√π · 1/(y + ½/(y + 1/(y + 3⁄2/(y + 2/(y + …))))), evaluated backwards.
  let tail = y;
  for (let k = 80; k >= 1; k--) tail = y + k / 2 / tail;
  return Math.exp(-y * y) / (Math.sqrt(Math.PI) * tail);
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|). */
export function twoSidedPValue(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

/**
 * Two-sided, pooled two-proportion z-test. `z` is positive when `b` has the higher rate. A
 * variant without trials, or two variants that both have none or only successes (no variance),
 * cannot be told apart: z = 0, p = 1.
 */
export function twoProportionTest(a: VariantCounts, b: VariantCounts): { z: number; pValue: number } {
  assertCounts(a);
  assertCounts(b);
  if (a.trials === 0 || b.trials === 0) return { z: 0, pValue: 1 };
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  const variance = pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials);
  if (!(variance > 0)) return { z: 0, pValue: 1 };
  const z = (b.successes / b.trials - a.successes / a.trials) / Math.sqrt(variance);
  return { z, pValue: twoSidedPValue(z) };
}

/** Legendre polynomials P_0 … P_degree at x. */
function legendre(x: number, degree: number): number[] {
  const values = [1, x];
  for (let n = 2; n <= degree; n++) values.push(((2 * n - 1) * x * (values[n - 1] ?? 0) - (n - 1) * (values[n - 2] ?? 0)) / n);
  return values;
}

/**
 * Gauss–Legendre nodes and weights on [−1, 1] (Newton's method on P_order), plus the matrix
 * that integrates from −1 up to each node: ∫_{−1}^{x_k} f ≈ Σ_m M[k][m] f(x_m). It integrates the
 * polynomial through the nodes, written in Legendre form (c_n = (2n+1)/2 Σ w_m f(x_m) P_n(x_m),
 * ∫_{−1}^{x} P_n = (P_{n+1} − P_{n−1})/(2n+1)), which stays well conditioned at degree 15.
 */
function gaussLegendre(order: number): { nodes: number[]; weights: number[]; cumulative: number[][] } {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= order; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (order + 0.5));
    let derivative = 1;
    for (let iteration = 0; iteration < 100; iteration++) {
      const values = legendre(x, order);
      const pn = values[order] ?? 0;
      derivative = (order * (x * pn - (values[order - 1] ?? 0))) / (x * x - 1);
      const step = pn / derivative;
      x -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    nodes.push(x);
    weights.push(2 / ((1 - x * x) * derivative * derivative));
  }
  const atNodes = nodes.map((x) => legendre(x, order));
  const cumulative = atNodes.map((atK, k) =>
    nodes.map((_, m) => {
      const atM = atNodes[m] ?? [];
      let sum = ((nodes[k] ?? 0) + 1) / 2;
      for (let n = 1; n < order; n++) sum += ((atM[n] ?? 0) * ((atK[n + 1] ?? 0) - (atK[n - 1] ?? 0))) / 2;
      return (weights[m] ?? 0) * sum;
    }),
  );
  return { nodes, weights, cumulative };
}

const QUADRATURE = gaussLegendre(16);
/** Each posterior is integrated over mean ± 20 sd (tail mass beyond it is far below 1e-9)… */
const RANGE_SDS = 20;
/** …cut into pieces of about one sd, so every piece is smooth for a 16-point rule. */
const PIECES_PER_RANGE = 40;

/** k·ln(y), with 0·ln(0) = 0 (a Beta(1, b) density at 0). */
const xlogy = (k: number, y: number) => (k === 0 ? 0 : k * Math.log(y));

/** Beta(1 + s, 1 + n − s): the posterior of a rate under a uniform prior. */
function posteriorOf(variant: VariantCounts) {
  const a = 1 + variant.successes;
  const b = 1 + variant.trials - variant.successes;
  const mean = a / (a + b);
  const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
  const mode = (a - 1) / (a + b - 2 || 1);
  // Unnormalised log density, shifted to 0 at the mode so exp() never under- or overflows there;
  // the normalising constant is integrated numerically below, so no log-gamma is needed.
  const peak = xlogy(a - 1, mode) + xlogy(b - 1, 1 - mode);
  return {
    density: (x: number) => Math.exp(xlogy(a - 1, x) + xlogy(b - 1, 1 - x) - peak),
    lo: Math.max(0, mean - RANGE_SDS * sd),
    hi: Math.min(1, mean + RANGE_SDS * sd),
  };
}

/**
 * Piece edges over [0, 1]: every posterior's range cut into PIECES_PER_RANGE pieces, merged,
 * then thinned so that where ranges overlap the pieces follow the narrowest posterior there
 * instead of piling up every posterior's cuts (four similar variants would otherwise cost four
 * times the work for no accuracy).
 */
function breakpointsFor(posteriors: Array<{ lo: number; hi: number }>): number[] {
  const candidates = new Set<number>();
  for (const { lo, hi } of posteriors) {
    for (let piece = 0; piece <= PIECES_PER_RANGE; piece++) candidates.add(lo + ((hi - lo) * piece) / PIECES_PER_RANGE);
  }
  const widthAt = (x: number) => posteriors.reduce((width, { lo, hi }) => (x >= lo && x <= hi ? Math.min(width, (hi - lo) / PIECES_PER_RANGE) : width), 1);
  const edges = [0];
  for (const x of [...candidates].sort((a, b) => a - b)) {
    const last = edges[edges.length - 1] ?? 0;
    if (x > last && x < 1 && x - last >= 0.999 * widthAt(x)) edges.push(x);
  }
  edges.push(1);
  return edges;
}

/**
 * One posterior's density and distribution function at every node, normalised to mass 1: the
 * distribution function accumulates whole pieces and, inside a piece, integrates the density
 * values already computed at its nodes (QUADRATURE.cumulative), so each node costs one density.
 */
function tabulate(density: (x: number) => number, xs: Float64Array, halves: Float64Array): { pdf: Float64Array; cdf: Float64Array } {
  const order = QUADRATURE.nodes.length;
  const pdf = new Float64Array(xs.length);
  const cdf = new Float64Array(xs.length);
  for (let index = 0; index < xs.length; index++) pdf[index] = density(xs[index] ?? 0);
  let before = 0;
  for (let start = 0; start < xs.length; start += order) {
    const half = halves[start / order] ?? 0;
    for (let k = 0; k < order; k++) {
      const row = QUADRATURE.cumulative[k] ?? [];
      let partial = 0;
      for (let m = 0; m < order; m++) partial += (row[m] ?? 0) * (pdf[start + m] ?? 0);
      cdf[start + k] = before + half * partial;
    }
    let piece = 0;
    for (let m = 0; m < order; m++) piece += (QUADRATURE.weights[m] ?? 0) * (pdf[start + m] ?? 0);
    before += half * piece;
  }
  for (let index = 0; index < xs.length; index++) {
    pdf[index] = (pdf[index] ?? 0) / before;
    cdf[index] = Math.min(1, Math.max(0, (cdf[index] ?? 0) / before));
  }
  return { pdf, cdf };
}

/**
 * P(variant i has the highest true rate) for every variant, with Beta(1 + s, 1 + n − s)
 * posteriors: P_i = ∫ f_i(x) · Π_{j≠i} F_j(x) dx. Computed by 16-point Gauss–Legendre
 * quadrature on pieces that cut every posterior's ±20 sd range into ~1 sd, so a narrow
 * posterior (a million impressions) next to a wide one (forty) is resolved as finely as it
 * needs. F_j comes from integrating f_j itself on the same nodes, which avoids the incomplete
 * beta function's slow continued fraction at millions of impressions. The result sums to 1.
 */
export function probabilityToBeat(variants: VariantCounts[]): number[] {
  variants.forEach(assertCounts);
  if (variants.length === 0) return [];
  if (variants.length === 1) return [1];
  const posteriors = variants.map(posteriorOf);
  const edges = breakpointsFor(posteriors);
  const order = QUADRATURE.nodes.length;
  const pieces = edges.length - 1;
  const xs = new Float64Array(pieces * order);
  const weights = new Float64Array(pieces * order);
  const halves = new Float64Array(pieces);
  for (let piece = 0; piece < pieces; piece++) {
    const from = edges[piece] ?? 0;
    const to = edges[piece + 1] ?? 1;
    const half = (to - from) / 2;
    halves[piece] = half;
    for (let k = 0; k < order; k++) {
      xs[piece * order + k] = (from + to) / 2 + half * (QUADRATURE.nodes[k] ?? 0);
      weights[piece * order + k] = (QUADRATURE.weights[k] ?? 0) * half;
    }
  }
  const tables = posteriors.map(({ density }) => tabulate(density, xs, halves));
  const raw = tables.map((own, i) => {
    let sum = 0;
    for (let index = 0; index < xs.length; index++) {
      let value = (weights[index] ?? 0) * (own.pdf[index] ?? 0);
      for (let j = 0; j < tables.length; j++) if (j !== i) value *= tables[j]?.cdf[index] ?? 0;
      sum += value;
    }
    return sum;
  });
  const sum = raw.reduce((total, value) => total + value, 0);
  return raw.map((value) => (sum > 0 ? value / sum : 1 / variants.length));
}

export interface VariantComparison {
  /** The significantly best variant; null until the test reaches its significance level. */
  winnerIndex: number | null;
  /**
   * Bonferroni-adjusted p-value of "the leader beats every other variant" (the largest of its
   * pairwise p-values × the number of pairs, at most 1); null while a variant has no impressions.
   */
  pValue: number | null;
  /** Probability to beat the rest, per variant (sums to 1). */
  probabilities: number[];
  significant: boolean;
}

export const MIN_VARIANTS = 2;
export const MAX_VARIANTS = 4;

/**
 * Compares 2–4 variants. The leader (highest observed rate, first on ties) is tested against
 * every other variant with the two-proportion test; it wins when all those tests are
 * significant after a Bonferroni correction for every pair the leader could have come from
 * (k(k−1)/2 pairs: 1, 3, 6). Correcting for all pairs rather than only the leader's k−1
 * comparisons keeps the chance of naming any winner among equal variants below 1 − level,
 * because the leader is chosen after looking at the data. With two variants it is exactly
 * the plain two-sided test.
 */
export function compareVariants(variants: VariantCounts[], significanceLevel: number): VariantComparison {
  if (variants.length < MIN_VARIANTS || variants.length > MAX_VARIANTS) throw new RangeError(`An A/B test compares ${MIN_VARIANTS}–${MAX_VARIANTS} variants, not ${variants.length}`);
  if (!(significanceLevel > 0 && significanceLevel < 1)) throw new RangeError(`Significance level must be between 0 and 1, not ${significanceLevel}`);
  const probabilities = probabilityToBeat(variants);
  if (variants.some((variant) => variant.trials === 0)) return { winnerIndex: null, pValue: null, probabilities, significant: false };

  const rate = (variant: VariantCounts) => variant.successes / variant.trials;
  const leader = variants.reduce((best, variant, index) => (rate(variant) > rate(variants[best] ?? variant) ? index : best), 0);
  const leaderCounts = variants[leader] as VariantCounts;
  const pairs = (variants.length * (variants.length - 1)) / 2;
  let worst = 0;
  variants.forEach((variant, index) => {
    if (index === leader) return;
    const test = twoProportionTest(variant, leaderCounts);
    // A leader that does not beat this variant (equal rates) cannot be significant.
    worst = Math.max(worst, test.z > 0 ? test.pValue : 1);
  });
  const pValue = Math.min(1, worst * pairs);
  const significant = pValue < 1 - significanceLevel;
  return { winnerIndex: significant ? leader : null, pValue, probabilities, significant };
}
