import type { BrandVoice } from '../content-types';
import type { PlatformLimits } from '../../publishing/rules/platform-limits';
import { fitMeasure } from '../../publishing/rules/thread-for-platform';
import { appendHashtags } from './append-hashtags';
import { fixText } from './fix-text';
import { lengthenText } from './lengthen-text';
import { retoneText } from './retone-text';
import { shortenToFit } from './shorten-text';
import { resolveTone } from './tone-phrases';

export const improveOperations = ['tone', 'shorten', 'lengthen', 'fix', 'hashtags'] as const;
export type ImproveOperation = (typeof improveOperations)[number];

export interface ImproveOptions {
  /** For `tone`: the tone to rewrite in (default: the brand's). */
  tone?: string;
  /** For `shorten`/`lengthen`: the length to aim for, in the platform's unit; capped at its limit. */
  targetLength?: number;
  limits: PlatformLimits;
  brand: BrandVoice;
}

/** Without a target, "shorten" means a third shorter (and within the limit), not a no-op on a text that fits. */
function defaultShortTarget(text: string, limits: PlatformLimits): number {
  return Math.min(limits.maxLength, Math.max(1, Math.floor(fitMeasure(limits)(text) * 0.66)));
}

/**
 * Improves a text without a model — the offline tier of POST /ai-agents/content/improve. Every
 * operation is deterministic. shorten, tone, lengthen and hashtags never return a text over the
 * platform's limit (shorten also honours `targetLength`); fix changes spelling and spacing only,
 * so a text that was too long stays too long.
 */
export function improveOffline(text: string, operation: ImproveOperation, options: ImproveOptions): string {
  const { limits, brand } = options;
  switch (operation) {
    case 'shorten':
      return shortenToFit(text, limits, options.targetLength ?? defaultShortTarget(text, limits));
    case 'lengthen':
      return lengthenText(text, resolveTone(options.tone, brand.tone), brand, limits, options.targetLength);
    case 'fix':
      return fixText(text);
    case 'tone':
      return retoneText(text, resolveTone(options.tone, brand.tone), limits);
    case 'hashtags':
      return appendHashtags(text, brand, limits);
  }
}
