import type { BrandVoice } from '../content-types';
import type { PlatformLimits } from '../../publishing/rules/platform-limits';
import { fitMeasure } from '../../publishing/rules/thread-for-platform';
import { hashtagNorm } from './hashtag-norms';
import { hashtagsIn } from './hashtag-text';
import { suggestHashtagsOffline } from './suggest-hashtags-offline';

/**
 * The offline "hashtags" operation: appends suggested tags until the text has the platform's
 * preferred number (at least one more, never above its usual maximum), as many as fit the limit.
 * They join a trailing line of tags if the text ends with one, else go on a line of their own.
 */
export function appendHashtags(text: string, brand: BrandVoice, limits: PlatformLimits): string {
  const norm = hashtagNorm(limits.platform);
  const existing = hashtagsIn(text).length;
  const wanted = Math.min(norm.max - existing, Math.max(1, norm.preferred - existing));
  if (wanted <= 0) return text;
  const measure = fitMeasure(limits);
  const trimmed = text.trimEnd();
  const endsWithTags = /(?:^|\n)(?:[#＃][\p{L}\p{N}_]+\s*)+$/u.test(trimmed);
  let result = trimmed;
  for (const tag of suggestHashtagsOffline(text, brand, wanted)) {
    const separator = result === '' ? '' : result === trimmed && !endsWithTags ? '\n\n' : ' ';
    const candidate = `${result}${separator}${tag}`;
    if (measure(candidate) <= limits.maxLength) result = candidate;
  }
  return result === trimmed ? text : result;
}
