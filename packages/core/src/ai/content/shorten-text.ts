import type { PlatformLimits } from '../../publishing/rules/platform-limits';
import { fitMeasure } from '../../publishing/rules/thread-for-platform';
import { graphemesOf } from '../../publishing/rules/grapheme-length';

/** URLs, mentions and hashtags: cutting one in half breaks the link, so they go whole or not at all. */
const protectedToken = /^(?:https?:\/\/|www\.|[@#＃])\S/u;
const ELLIPSIS = '…';

/** Sentences with the whitespace that follows each, so joining them restores the text. */
function sentencesOf(text: string): string[] {
  return text.match(/[^.!?…\n]*(?:[.!?…]+["'”’)\]]*|\n|$)\s*/gu)?.filter((part) => part !== '') ?? [text];
}

function fitsWithin(measure: (text: string) => number, maxLength: number) {
  return (text: string) => measure(text.trim()) <= maxLength;
}

/** Drops whole sentences from the end (never the first, nor one holding a link, mention or tag). */
function dropSentences(text: string, fits: (text: string) => boolean): string {
  const sentences = sentencesOf(text);
  const keep = sentences.map(() => true);
  for (let index = sentences.length - 1; index > 0 && !fits(sentences.filter((_, i) => keep[i]).join('')); index--) {
    if (!(sentences[index] ?? '').split(/\s+/).some((word) => protectedToken.test(word))) keep[index] = false;
  }
  return sentences.filter((_, i) => keep[i]).join('').trim();
}

/**
 * Drops prose words from the end (then links and tags, as a last resort), marking the cut with
 * "…" right after the last prose word kept, so trailing links and tags stay intact after it.
 */
function dropWords(text: string, fits: (text: string) => boolean): string {
  const parts = text.split(/(\s+)/).filter((part) => part !== '');
  const isWord = (part: string) => !/^\s+$/.test(part);
  let cutAt: number | null = null; // where the ellipsis goes, as an index into parts
  const compose = () => {
    if (cutAt === null) return parts.join('').trim();
    const before = parts.slice(0, cutAt).join('').replace(/[\s,;:–—-]+$/u, '');
    const after = parts.slice(cutAt).join('').trim();
    return after === '' ? `${before}${ELLIPSIS}` : `${before}${ELLIPSIS} ${after}`;
  };
  const phases = [(part: string) => !protectedToken.test(part), () => true];
  for (const droppable of phases) {
    while (!fits(compose())) {
      const index = parts.findLastIndex((part, i) => i > 0 && isWord(part) && droppable(part));
      if (index < 0) break;
      const start = isWord(parts[index - 1] ?? '') ? index : index - 1; // with the space before it
      parts.splice(start, index - start + 1);
      if (cutAt === null || start < cutAt) cutAt = start; // removals after the cut leave it where it is
    }
    if (fits(compose())) return compose();
  }
  return compose();
}

/** The last resort for one word longer than the limit: cut between graphemes. */
function cutGraphemes(text: string, fits: (text: string) => boolean): string {
  const graphemes = graphemesOf(text);
  while (graphemes.length > 0 && !fits(graphemes.join('') + ELLIPSIS)) graphemes.pop();
  return graphemes.join('') + ELLIPSIS;
}

/**
 * A text cut to fit `maxLength` (default the platform's limit) as the platform counts it: whole
 * trailing sentences go first, then trailing words with an ellipsis. URLs, mentions and hashtags
 * are never cut in half and are the last to go. A text that fits comes back unchanged.
 */
export function shortenToFit(text: string, limits: PlatformLimits, maxLength = limits.maxLength): string {
  const fits = fitsWithin(fitMeasure(limits), Math.min(maxLength, limits.maxLength));
  if (fits(text)) return text;
  const bySentence = dropSentences(text, fits);
  if (fits(bySentence)) return bySentence;
  const byWord = dropWords(bySentence, fits);
  return fits(byWord) ? byWord : cutGraphemes(byWord, fits);
}
