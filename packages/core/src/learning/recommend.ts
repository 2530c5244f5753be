import type { ContentFormat } from '../ai/content-types';
import type { Tone } from '../brands/brand';
import { armKey, type NormalPosterior } from './bandit';
import { armValues } from './bandit-arms';
import type { LearnerContext, LearnerModel } from './learner-model';

export interface ToneFormatRecommendation {
  tone: Tone;
  format: ContentFormat;
  /** What posts in this tone and format earned, as a multiple of the brand's average reward. */
  ratio: number;
  reason: string;
}

const formatNames: Record<ContentFormat, string> = { single: 'single posts', thread: 'threads', carousel: 'carousels', story_caption: 'story captions' };

/** "provocative threads", "educational single posts". */
export function describeArm(tone: Tone, format: ContentFormat): string {
  return `${tone} ${formatNames[format]}`;
}

/** "2.3×": one decimal, as people read multiples. */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(1)}×`;
}

/**
 * What the model is fairly sure an arm earns: a standard deviation below its posterior mean.
 * Advice, unlike exploration, should not bet on a combination one lucky post made look good.
 */
export function cautious(posterior: NormalPosterior): number {
  return posterior.mean - posterior.sd;
}

/**
 * The tone and format the studio should propose: among combinations the brand has posted, the
 * one the model values most for this situation by its cautious estimate (no random draw, so the
 * advice is stable), with what it earned compared to the brand's average as the reason. Null
 * until some combination has been measured.
 */
export function recommendToneFormat(model: LearnerModel, context: LearnerContext): ToneFormatRecommendation | null {
  const tried = armValues(model, context, cautious).filter((arm) => (model.arms[armKey(arm.tone, arm.format)]?.visits ?? 0) > 0);
  let best = tried[0];
  for (const arm of tried) if (best && arm.value > best.value) best = arm;
  if (!best) return null;
  const statistics = model.arms[armKey(best.tone, best.format)];
  const ratio = model.averageReward > 0 ? (statistics?.mean ?? 0) / model.averageReward : 1;
  const posts = statistics?.visits ?? 0;
  return {
    tone: best.tone,
    format: best.format,
    ratio,
    reason: `${describeArm(best.tone, best.format)} earned ${formatRatio(ratio)} the average reward for this brand (${posts} post${posts === 1 ? '' : 's'})`,
  };
}
