import type { ContentFormat } from '../ai/content-types';
import type { Tone } from '../brands/brand';
import type { Platform } from '../publishing/platforms';

/** Hour of the week in the brand's time zone: 0 = Sunday 00:00–00:59 … 167 = Saturday 23:00. */
export type HourOfWeek = number;
export const HOURS_PER_WEEK = 168;

/** What the learner chooses for a post. */
export interface LearnerAction {
  tone: Tone;
  format: ContentFormat;
  /** Posting slot, hour of week in the brand's time zone. */
  slot: HourOfWeek;
}

/** The situation a post is written in (the seed's state). */
export interface LearnerContext {
  industry: string;
  trendCategory: string | null;
  platform: Platform;
}

/** One measured post: what was chosen, where, and the reward it earned (0–5, seed-normalised). */
export interface RewardSample {
  context: LearnerContext;
  action: LearnerAction;
  reward: number;
  publishedAt: Date;
  /** True when impressions were estimated (Bluesky, Mastodon). */
  estimated: boolean;
}

/** Running statistics of one arm or slot. */
export interface ArmStatistics {
  visits: number;
  /** Mean reward. */
  mean: number;
  /** Sum of squared deviations (Welford), for the posterior's spread. */
  sumSquares: number;
}

/** Best time to post for one platform: 168 slots, each shrunk towards the platform prior. */
export interface BestTimeTable {
  platform: Platform;
  /** Expected reward per hour of week after shrinkage (length 168). */
  expectedReward: number[];
  /** The brand's own samples per slot (length 168). */
  samples: number[];
  /** Hour of week with the highest expected reward. */
  peakSlot: HourOfWeek;
  /** Spread (hours) of the kernel that pooled neighbouring hours; narrows as posts accumulate. */
  bandwidthHours?: number;
}

/**
 * A brand's trained learner, stored as versioned JSON in learning_models. Bandit statistics
 * over tone × format arms (with pooled priors), the tabular Q-values once the brand has ≥ 10
 * rewarded posts, and the best-time tables.
 */
export interface LearnerModel {
  schemaVersion: 1;
  kind: 'bandit' | 'q_learning';
  trainedAt: string;
  /** Rewarded posts in the training window. */
  sampleSize: number;
  windowDays: number;
  epsilon: number;
  /** Learning rate of the Q-update. */
  alpha: number;
  timeZone: string;
  /** Mean reward over all the brand's samples (0 when none). */
  averageReward: number;
  /**
   * Pooled prior (organization's brands and the industry) every arm starts from; `arms` holds
   * the peers' reward per `${tone}|${format}` with the weight (pseudo-posts) it counts for.
   */
  prior: { mean: number; weight: number; arms?: Record<string, { mean: number; weight: number }> };
  /**
   * Key `${tone}|${format}`. Like `tones`, `formats` and `categories`, over rewards with the
   * posting hour's effect divided out (what the post would have earned at an average hour), so
   * content is not credited for good timing.
   */
  arms: Record<string, ArmStatistics>;
  /** Tone → statistics of the brand's posts in that tone, each with its format's effect divided out. */
  tones: Record<string, ArmStatistics>;
  /** Format → statistics of the brand's posts in that format, each with its tone's effect divided out. */
  formats: Record<string, ArmStatistics>;
  /** State key `${industry}|${trendCategory ?? '-'}|${platform}` → action key `${tone}|${format}` → value. */
  qValues: Record<string, Record<string, { value: number; visits: number }>>;
  /**
   * Relative spread of rewards around their tone × format's mean (robust, see bandit-noise.ts),
   * from `residuals` posts; null while there are too few to measure.
   */
  noise: { cv: number | null; residuals: number };
  /** Trend category → statistics of the brand's posts about that category. */
  categories: Record<string, ArmStatistics>;
  bestTimes: BestTimeTable[];
}
