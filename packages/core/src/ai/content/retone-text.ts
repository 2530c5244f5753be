import type { PlatformLimits } from '../../publishing/rules/platform-limits';
import { fitMeasure } from '../../publishing/rules/thread-for-platform';
import { shortenToFit } from './shorten-text';
import { allClosers, allOpeners, tonePhrases, type Tone } from './tone-phrases';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const openerPattern = new RegExp(`^(?:${allOpeners.map(escape).join('|')})\\s*`, 'iu');
const closerPattern = new RegExp(`\\s*(?:${allClosers.map(escape).join('|')})$`, 'iu');
/** Trailing hashtags stay at the very end, after the new closer. */
const trailingTags = /(?:\s+[#＃][\p{L}\p{N}_]+)+\s*$/u;

/** Picks a phrase by the text itself, so the same input always gets the same wording. */
function pick<T>(options: readonly T[], text: string): T | undefined {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return options[hash % options.length];
}

function punctuate(body: string, mode: 'add' | 'remove' | 'keep'): string {
  if (mode === 'remove') return body.replace(/!+/g, '.').replace(/\.{2,}/g, '.');
  if (mode === 'add') return body.replace(/\.$/, '!');
  return body;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The offline "tone" operation: strips any tone's known opener and closer, puts the target tone's
 * own in their place, and adjusts exclamation marks (removed for authoritative and educational,
 * added at the end for playful and inspirational). Hashtags stay last. The result fits the
 * limit: the closer goes first, then the body is shortened.
 */
export function retoneText(text: string, tone: Tone, limits: PlatformLimits): string {
  const phrases = tonePhrases[tone];
  const tags = trailingTags.exec(text)?.[0].trim() ?? '';
  const body = text.replace(trailingTags, '').trim().replace(openerPattern, '').replace(closerPattern, '').trim();
  const opener = pick(phrases.openers, body) ?? '';
  const closer = pick(phrases.closers, body) ?? '';
  const core = punctuate(opener ? `${opener} ${body}` : capitalize(body), phrases.exclamations);
  const compose = (withCloser: boolean, main: string) =>
    [withCloser ? `${main} ${closer}` : main, tags].filter((part) => part !== '').join('\n\n');
  const measure = fitMeasure(limits);
  for (const withCloser of [true, false]) {
    const candidate = compose(withCloser, core);
    if (measure(candidate) <= limits.maxLength) return candidate;
  }
  const room = limits.maxLength - (tags ? measure(`\n\n${tags}`) : 0);
  return compose(false, shortenToFit(core, limits, Math.max(1, room)));
}
