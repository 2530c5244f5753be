import type { PlatformLimits } from '../../publishing/rules/platform-limits';
import { validatePost } from '../../publishing/rules/validate-post-text';
import { checkContent } from '../../publishing/target-content';
import { checkBrandSafety, scoreQuality } from '../content/index';
import type { ContentFormat, DraftVariant, QualityScore, SafetyVerdict } from '../content-types';
import type { BrandContext } from './brand-voice';

export interface AssessedVariant {
  /** The post as it would go out: the text with its hashtags. */
  text: string;
  hashtags: string[];
  /** As the platform counts it, for the whole text (a thread is split when it is delivered). */
  length: number;
  limit: number;
  /** Whether the platform would take it (a thread when every part fits). */
  valid: boolean;
  quality: QualityScore;
  safety: SafetyVerdict;
}

/** The hashtags not yet in the text, appended on their own line. */
export function withHashtags(text: string, hashtags: string[]): string {
  const present = new Set([...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((match) => (match[1] ?? '').toLowerCase()));
  const missing = hashtags.map((tag) => tag.replace(/^#/, '')).filter((tag) => tag && !present.has(tag.toLowerCase()));
  return missing.length > 0 ? `${text.trimEnd()}\n\n${missing.map((tag) => `#${tag}`).join(' ')}` : text;
}

/** Checks one text the way the studio shows it: platform fit, brand safety and quality. */
export function assessText(text: string, hashtags: string[], options: { context: BrandContext; limits: PlatformLimits; format: ContentFormat }): AssessedVariant {
  const { context, limits, format } = options;
  const check = checkContent({ text, asThread: format === 'thread' }, [], limits);
  const whole = validatePost({ platform: limits.platform, text, limits });
  const safety = checkBrandSafety(text, context.voice);
  const quality = scoreQuality({ text, hashtags, limits, brand: context.voice, safety, recentTexts: context.recentTexts });
  return { text, hashtags, length: whole.length, limit: whole.limit, valid: check.valid, quality, safety };
}

/**
 * A generated draft as the post it would be. Hashtags are added only when the post still fits
 * with them (a thread always has room in its last part).
 */
export function assessVariant(draft: DraftVariant, options: { context: BrandContext; limits: PlatformLimits; format: ContentFormat }): AssessedVariant {
  const tagged = withHashtags(draft.text, draft.hashtags);
  const measured = validatePost({ platform: options.limits.platform, text: tagged, limits: options.limits });
  const fits = options.format === 'thread' || measured.length <= measured.limit;
  const text = fits ? tagged : draft.text;
  return assessText(text, fits ? draft.hashtags : [], options);
}
