import { contentFormats } from '../ai/content-types';
import { tones } from '../brands/brand';
import { JOINT_PRIOR_WEIGHT, MARGINAL_PRIOR_WEIGHT } from './bandit-arms';
import type { RewardSample } from './learner-model';

/**
 * Tone and format effects as a multiplicative model: reward ≈ level × tone effect × format
 * effect (each relative, 1 = average). A tone's plain average would carry the formats it
 * happened to be posted in — a tone tried mostly as single posts would look worse than one tried
 * as the brand's best format — so each effect is estimated from rewards with the other divided
 * out, alternating a few rounds (backfitting). Effects are shrunk towards 1 like the posteriors
 * in bandit-arms.ts, so one post cannot make a tone.
 */

const ROUNDS = 4;
/** No effect is taken to be smaller than this, so dividing by it stays sane. */
export const MIN_EFFECT = 0.05;

export interface ContentFit {
  /** The brand's level: the mean of the values fitted. */
  level: number;
  /** Relative effect per tone (in `tones` order) and per format (in `contentFormats` order). */
  toneEffects: number[];
  formatEffects: number[];
  /** Per sample, its tone × format arm's effect relative to the level (the arm's own posts shrunk towards tone × format). */
  armFactors: number[];
}

function shrunkEffects(groups: readonly number[], values: readonly number[], divisors: readonly number[], count: number, level: number): number[] {
  const sums = new Array<number>(count).fill(0);
  const posts = new Array<number>(count).fill(0);
  groups.forEach((group, index) => {
    sums[group] = (sums[group] ?? 0) + (values[index] ?? 0) / (divisors[index] || 1);
    posts[group] = (posts[group] ?? 0) + 1;
  });
  return sums.map((sum, group) => Math.max((sum + MARGINAL_PRIOR_WEIGHT * level) / ((posts[group] ?? 0) + MARGINAL_PRIOR_WEIGHT) / level, MIN_EFFECT));
}

/** The content fit of `values` (sample i's reward with its hour's effect divided out). */
export function fitContent(samples: readonly RewardSample[], values: readonly number[]): ContentFit {
  const level = values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  const toneOf = samples.map((sample) => Math.max(tones.indexOf(sample.action.tone), 0));
  const formatOf = samples.map((sample) => Math.max(contentFormats.indexOf(sample.action.format), 0));
  let toneEffects = tones.map(() => 1);
  let formatEffects = contentFormats.map(() => 1);
  if (level <= 0) return { level: Math.max(level, 0), toneEffects, formatEffects, armFactors: samples.map(() => 1) };
  for (let round = 0; round < ROUNDS; round++) {
    toneEffects = shrunkEffects(toneOf, values, formatOf.map((format) => formatEffects[format] ?? 1), tones.length, level);
    formatEffects = shrunkEffects(formatOf, values, toneOf.map((tone) => toneEffects[tone] ?? 1), contentFormats.length, level);
  }
  const arms = tones.length * contentFormats.length;
  const armSums = new Array<number>(arms).fill(0);
  const armPosts = new Array<number>(arms).fill(0);
  samples.forEach((_, index) => {
    const arm = (toneOf[index] ?? 0) * contentFormats.length + (formatOf[index] ?? 0);
    armSums[arm] = (armSums[arm] ?? 0) + (values[index] ?? 0);
    armPosts[arm] = (armPosts[arm] ?? 0) + 1;
  });
  const armFactors = samples.map((_, index) => {
    const arm = (toneOf[index] ?? 0) * contentFormats.length + (formatOf[index] ?? 0);
    const factored = level * (toneEffects[toneOf[index] ?? 0] ?? 1) * (formatEffects[formatOf[index] ?? 0] ?? 1);
    return Math.max(((armSums[arm] ?? 0) + JOINT_PRIOR_WEIGHT * factored) / ((armPosts[arm] ?? 0) + JOINT_PRIOR_WEIGHT) / level, MIN_EFFECT);
  });
  return { level, toneEffects, formatEffects, armFactors };
}

/** Per sample, its value with its format's effect divided out (what the tone earns in an average format), and likewise for formats. */
export function contentAdjusted(samples: readonly RewardSample[], values: readonly number[], fit: ContentFit): { forTone: number[]; forFormat: number[] } {
  return {
    forTone: samples.map((sample, index) => (values[index] ?? 0) / (fit.formatEffects[contentFormats.indexOf(sample.action.format)] ?? 1)),
    forFormat: samples.map((sample, index) => (values[index] ?? 0) / (fit.toneEffects[tones.indexOf(sample.action.tone)] ?? 1)),
  };
}
