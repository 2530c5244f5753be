import type { ContentFormat } from '../ai/content-types';
import { contentFormats } from '../ai/content-types';
import { tones, type Tone } from '../brands/brand';
import type { ArmStatistics } from './learner-model';

/**
 * The Bayesian bandit's building blocks: running statistics per arm, a normal posterior over an
 * arm's mean reward, and Thompson draws from it. Rewards are the seed's normalised 0–5 scale;
 * treating them as normal with a known spread keeps the posterior a closed form that is cheap
 * enough to draw from for every post.
 */

/** Key of a tone × format arm in LearnerModel.arms and the Q-table. */
export function armKey(tone: Tone, format: ContentFormat): string {
  return `${tone}|${format}`;
}

/** The tone and format of an arm key, or null for a key this version does not know. */
export function parseArmKey(key: string): { tone: Tone; format: ContentFormat } | null {
  const [tone, format] = key.split('|');
  const knownTone = tones.find((each) => each === tone);
  const knownFormat = contentFormats.find((each) => each === format);
  return knownTone && knownFormat ? { tone: knownTone, format: knownFormat } : null;
}

export function emptyStatistics(): ArmStatistics {
  return { visits: 0, mean: 0, sumSquares: 0 };
}

/** Adds one reward to running statistics (Welford's update, so the spread needs no second pass). */
export function observe(statistics: ArmStatistics, value: number): void {
  statistics.visits += 1;
  const delta = value - statistics.mean;
  statistics.mean += delta / statistics.visits;
  statistics.sumSquares += delta * (value - statistics.mean);
}

/** Adds `value` under `key`, creating the entry on first use. */
export function observeIn(table: Record<string, ArmStatistics>, key: string, value: number): void {
  const statistics = table[key] ?? emptyStatistics();
  table[key] = statistics;
  observe(statistics, value);
}

export interface NormalPosterior {
  mean: number;
  sd: number;
}

/**
 * The posterior of an arm's mean reward: its own observations combined with a prior worth
 * `prior.weight` observations (normal–normal with known noise), so an arm nobody tried is as
 * uncertain as the prior says, and one tried often is what it earned.
 */
export function normalPosterior(statistics: ArmStatistics | undefined, prior: { mean: number; weight: number }, noiseSd: number): NormalPosterior {
  const visits = statistics?.visits ?? 0;
  const weight = Math.max(prior.weight, 0);
  const total = visits + weight;
  if (total <= 0) return { mean: prior.mean, sd: noiseSd };
  return { mean: (visits * (statistics?.mean ?? 0) + weight * prior.mean) / total, sd: noiseSd / Math.sqrt(total) };
}

/** A standard normal draw from two uniform ones (Box–Muller), so the learner needs only `random`. */
export function standardNormal(random: () => number): number {
  const u = Math.max(random(), Number.MIN_VALUE);
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Thompson sampling's draw: a plausible mean reward for the arm. */
export function thompsonDraw(posterior: NormalPosterior, random: () => number): number {
  return posterior.mean + posterior.sd * standardNormal(random);
}

/** How far a new reward is likely to land from its arm's mean, before the brand has spread of its own. */
export const DEFAULT_REWARD_CV = 0.5;
/** The default spread counts as this many degrees of freedom against the brand's own. */
const DEFAULT_SPREAD_WEIGHT = 4;
const MIN_NOISE_SD = 0.05;

/**
 * The reward noise around an arm's mean: the spread within the brand's arms, shrunk towards
 * half the brand's reward level while there are few repeated arms to measure it from.
 */
export function noiseSd(arms: Record<string, ArmStatistics>, level: number): number {
  let sumSquares = 0;
  let degrees = 0;
  for (const statistics of Object.values(arms)) {
    sumSquares += statistics.sumSquares;
    degrees += Math.max(statistics.visits - 1, 0);
  }
  const fallback = (DEFAULT_REWARD_CV * level) ** 2;
  const variance = (sumSquares + DEFAULT_SPREAD_WEIGHT * fallback) / (degrees + DEFAULT_SPREAD_WEIGHT);
  return Math.max(Math.sqrt(variance), MIN_NOISE_SD);
}
