import type { ContentFormat } from '../ai/content-types';
import type { Tone } from '../brands/brand';
import { armKey } from './bandit';
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
 * The tone and format the studio should propose: among combinations the brand has posted, the
 * one the model values most for this situation (posterior means, not a random draw, so the
 * advice is stable and a single lucky post does not win), with what it earned compared to the
 * brand's average as the reason. Null until some combination has been measured.
 */
export function recommendToneFormat(model: LearnerModel, context: LearnerContext): ToneFormatRecommendation | null {
  const tried = armValues(model, context, (posterior) => posterior.mean).filter((arm) => (model.arms[armKey(arm.tone, arm.format)]?.visits ?? 0) > 0);
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
