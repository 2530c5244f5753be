import type { BrandVoice } from '../content-types';
import type { PlatformLimits } from '../../publishing/rules/platform-limits';
import { fitMeasure } from '../../publishing/rules/thread-for-platform';
import { cosineSimilarity, textVector } from './text-similarity';
import { tonePhrases, type Tone } from './tone-phrases';

const trailingTags = /(?:\s+[#＃][\p{L}\p{N}_]+)+\s*$/u;

/** The pillar the text is nearest to, so the added sentence stays on its subject. */
function nearestPillar(text: string, pillars: readonly string[]): string | null {
  const vector = textVector(text);
  let best: { pillar: string; similarity: number } | null = null;
  for (const pillar of pillars.filter((candidate) => candidate.trim() !== '')) {
    const similarity = cosineSimilarity(vector, textVector(pillar));
    if (!best || similarity > best.similarity) best = { pillar: pillar.trim(), similarity };
  }
  return best?.pillar ?? null;
}

const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/**
 * The offline "lengthen" operation: adds a sentence tying the text to its nearest pillar and the
 * tone's call to action, each only if the result stays within `targetLength` (default: the
 * platform's limit). Hashtags stay last. A text with no room comes back unchanged.
 */
export function lengthenText(text: string, tone: Tone, brand: BrandVoice, limits: PlatformLimits, targetLength?: number): string {
  const maxLength = Math.min(targetLength ?? limits.maxLength, limits.maxLength);
  const measure = fitMeasure(limits);
  const tags = trailingTags.exec(text)?.[0].trim() ?? '';
  let body = text.replace(trailingTags, '').trim();
  const phrases = tonePhrases[tone];
  const pillar = nearestPillar(body, brand.pillars);
  const additions = [
    pillar ? phrases.pillarLines.map((line) => line.replace('{pillar}', lowerFirst(pillar))).find((line) => !body.includes(line)) : undefined,
    phrases.callsToAction.find((line) => !body.includes(line)),
  ];
  const compose = (main: string) => [main, tags].filter((part) => part !== '').join('\n\n');
  for (const addition of additions) {
    if (!addition) continue;
    const separator = /[.!?…]$/u.test(body) || body === '' ? ' ' : '. ';
    const candidate = `${body}${separator}${addition}`.trim();
    if (measure(compose(candidate)) <= maxLength) body = candidate;
  }
  return compose(body);
}
