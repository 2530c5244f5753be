import type { Platform } from '../publishing/platforms';
import { armKey } from './bandit';
import { HOURS_PER_WEEK, type RewardSample } from './learner-model';

/**
 * What a brand's learner believes before its own posts say otherwise: the reward its peers (the
 * organization's other brands and the industry) earn overall and per tone × format arm. Weights
 * are in posts: a prior worth 3 posts is outvoted once the brand has a handful of its own.
 */
export interface PooledPrior {
  mean: number;
  weight: number;
  /** Key `${tone}|${format}`. */
  arms: Record<string, { mean: number; weight: number }>;
}

/** Per platform, 168 relative weights (mean 1) of how good each hour of the week usually is. */
export type PlatformSlotPriors = Partial<Record<Platform, number[]>>;

/** Peers never count for more than this many of the brand's own posts: audiences differ. */
export const POOLED_PRIOR_MAX_WEIGHT = 3;
/** An arm's peer evidence is capped lower still: which content works is the most brand-specific part. */
export const POOLED_ARM_MAX_WEIGHT = 2;
/** Peer posts per pseudo-post of prior weight. */
const PEER_POSTS_PER_WEIGHT = 10;

export const emptyPrior: PooledPrior = { mean: 0, weight: 0, arms: {} };

/** The prior a brand starts from, pooled from its peers' rewarded posts (none gives an empty prior). */
export function poolPriors(samples: readonly RewardSample[]): PooledPrior {
  const arms = new Map<string, { sum: number; count: number }>();
  let sum = 0;
  let count = 0;
  for (const sample of samples) {
    if (!Number.isFinite(sample.reward)) continue;
    sum += sample.reward;
    count += 1;
    const key = armKey(sample.action.tone, sample.action.format);
    const arm = arms.get(key) ?? { sum: 0, count: 0 };
    arm.sum += sample.reward;
    arm.count += 1;
    arms.set(key, arm);
  }
  if (count === 0) return emptyPrior;
  const pooledArms: PooledPrior['arms'] = {};
  for (const [key, arm] of arms) pooledArms[key] = { mean: arm.sum / arm.count, weight: Math.min(POOLED_ARM_MAX_WEIGHT, arm.count / PEER_POSTS_PER_WEIGHT) };
  return { mean: sum / count, weight: Math.min(POOLED_PRIOR_MAX_WEIGHT, count / PEER_POSTS_PER_WEIGHT), arms: pooledArms };
}

type DayPart = 'night' | 'morning' | 'midday' | 'afternoon' | 'evening';
type Shape = { weekday: Record<DayPart, number>; weekend: Record<DayPart, number> };

function dayPart(hour: number): DayPart {
  if (hour < 7) return 'night';
  if (hour < 11) return 'morning';
  if (hour < 14) return 'midday';
  if (hour < 18) return 'afternoon';
  return hour < 23 ? 'evening' : 'night';
}

/**
 * Rough, commonly reported rhythms: X peaks on weekday mornings and at lunch, Bluesky and
 * Mastodon in weekday afternoons and evenings; nights are quiet everywhere. The Sandbox's simulated audiences have no
 * shared rhythm (each account has its own best hour), so its prior is flat. These only nudge:
 * the brand's own rewards outweigh them after a few posts in an hour's neighbourhood.
 */
const shapes: Record<Platform, Shape | null> = {
  sandbox: null,
  x: { weekday: { night: 0.75, morning: 1.2, midday: 1.2, afternoon: 1.05, evening: 0.95 }, weekend: { night: 0.7, morning: 0.9, midday: 1, afternoon: 0.95, evening: 0.9 } },
  bluesky: { weekday: { night: 0.75, morning: 1.05, midday: 1.1, afternoon: 1.15, evening: 1.1 }, weekend: { night: 0.75, morning: 0.95, midday: 1.05, afternoon: 1.05, evening: 1 } },
  mastodon: { weekday: { night: 0.75, morning: 1.05, midday: 1.1, afternoon: 1.15, evening: 1.1 }, weekend: { night: 0.75, morning: 0.95, midday: 1.05, afternoon: 1.05, evening: 1 } },
};

/** 168 prior weights for a platform (hour of week in the brand's time zone), normalised to mean 1. */
export function platformSlotPriors(platform: Platform): number[] {
  const shape = shapes[platform];
  if (!shape) return Array.from({ length: HOURS_PER_WEEK }, () => 1);
  const raw = Array.from({ length: HOURS_PER_WEEK }, (_, slot) => {
    const day = Math.floor(slot / 24);
    const table = day === 0 || day === 6 ? shape.weekend : shape.weekday;
    return table[dayPart(slot % 24)];
  });
  const mean = raw.reduce((sum, value) => sum + value, 0) / raw.length;
  return raw.map((value) => value / mean);
}
