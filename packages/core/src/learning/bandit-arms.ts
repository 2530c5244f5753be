import { contentFormats, type ContentFormat } from '../ai/content-types';
import { tones, type Tone } from '../brands/brand';
import { armKey, normalPosterior, type NormalPosterior } from './bandit';
import { noiseAtLevel } from './bandit-noise';
import type { LearnerContext, LearnerModel } from './learner-model';
import { qEvidence, stateKey } from './q-learning';

/**
 * The value of every tone × format arm for a post, as a hierarchy that learns from few posts:
 *
 * 1. the brand's reward level (its own average, shrunk towards its peers');
 * 2. a tone effect and a format effect, each learnt from every post in that tone or format —
 *    six plus four numbers, so a brand learns them from dozens of posts, not hundreds;
 * 3. each arm's own posts, starting from tone effect × format effect (and the peers' verdict
 *    on that arm), so a combination that works better than its parts can still win;
 * 4. once the model is a Q-learner, the Q-value of this situation (trend category, platform)
 *    pulls the arm towards what it earned in that situation.
 *
 * `draw` picks a number from each posterior: a random draw for Thompson sampling, the mean
 * for a recommendation. The same code thus explores and explains.
 */

/** Tone and format effects start from the brand's level, worth this many posts. */
export const MARGINAL_PRIOR_WEIGHT = 2;
/** An arm's own posts count against tone effect × format effect worth this many posts. */
export const JOINT_PRIOR_WEIGHT = 6;
/** A situation's Q-value counts against the brand-wide arm value worth this many posts. */
export const STATE_PRIOR_WEIGHT = 5;
/** The reward level assumed with no posts and no peers: mid-scale of what posts usually earn. */
export const DEFAULT_REWARD_LEVEL = 1;
const MIN_LEVEL = 1e-6;

export interface ArmValue {
  tone: Tone;
  format: ContentFormat;
  value: number;
}

/** The brand's reward level: its average over its posts, shrunk towards its peers' prior. */
export function rewardLevel(model: LearnerModel): number {
  const weight = model.sampleSize + model.prior.weight;
  if (weight <= 0) return DEFAULT_REWARD_LEVEL;
  return Math.max((model.sampleSize * model.averageReward + model.prior.weight * model.prior.mean) / weight, MIN_LEVEL);
}

/** Reward noise around an arm's mean, for the posteriors. */
export function modelNoiseSd(model: LearnerModel): number {
  return noiseAtLevel(model, rewardLevel(model));
}

/** Every arm's value for a post in `context` (null: brand-wide, without the Q-table's situation). */
export function armValues(model: LearnerModel, context: LearnerContext | null, draw: (posterior: NormalPosterior) => number): ArmValue[] {
  const level = rewardLevel(model);
  const sd = modelNoiseSd(model);
  const marginalPrior = { mean: level, weight: MARGINAL_PRIOR_WEIGHT };
  const toneEffect = new Map(tones.map((tone) => [tone, draw(normalPosterior(model.tones?.[tone], marginalPrior, sd))]));
  const formatEffect = new Map(contentFormats.map((format) => [format, draw(normalPosterior(model.formats?.[format], marginalPrior, sd))]));
  const qRow = context && model.kind === 'q_learning' ? model.qValues[stateKey(context)] : undefined;
  const values: ArmValue[] = [];
  for (const tone of tones) {
    for (const format of contentFormats) {
      const key = armKey(tone, format);
      const factored = ((toneEffect.get(tone) ?? level) * (formatEffect.get(format) ?? level)) / level;
      const peers = model.prior.arms?.[key];
      const peerWeight = peers && model.prior.mean > 0 ? peers.weight : 0;
      const peerValue = peers && model.prior.mean > 0 ? (peers.mean / model.prior.mean) * level : 0;
      const prior = { mean: (JOINT_PRIOR_WEIGHT * factored + peerWeight * peerValue) / (JOINT_PRIOR_WEIGHT + peerWeight), weight: JOINT_PRIOR_WEIGHT + peerWeight };
      let value = draw(normalPosterior(model.arms[key], prior, sd));
      const q = qRow?.[key];
      if (q && q.visits > 0) {
        const evidence = qEvidence(q.visits, model.alpha);
        value = (evidence * q.value + STATE_PRIOR_WEIGHT * value) / (evidence + STATE_PRIOR_WEIGHT);
      }
      values.push({ tone, format, value });
    }
  }
  return values;
}

/** The arm with the highest value (the first on a tie, for determinism). */
export function bestArm(values: readonly ArmValue[]): ArmValue | null {
  let best: ArmValue | null = null;
  for (const value of values) if (!best || value.value > best.value) best = value;
  return best;
}
