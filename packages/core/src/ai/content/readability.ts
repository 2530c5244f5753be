import { wordsOf } from './key-phrases';

/** Vowel groups, less a silent final e: the usual Flesch approximation; every word has one. */
export function syllableCount(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-zà-öø-ÿ]/g, '');
  if (lower.length <= 3) return 1;
  const trimmed = lower.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouyà-öø-ÿ]+/g)?.length ?? 1);
}

/**
 * Flesch reading ease (206.835 − 1.015 × words/sentence − 84.6 × syllables/word) of a text's
 * prose, URLs, mentions and hashtags left out; null when there is no prose to judge.
 */
export function readingEase(text: string): number | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  // Line breaks end sentences too: social copy often drops the full stop at a line's end.
  const sentences = Math.max(1, text.split(/[.!?…]+(?:\s|$)|\n+/u).filter((part) => wordsOf(part).length > 0).length);
  const syllables = words.reduce((sum, word) => sum + syllableCount(word), 0);
  return 206.835 - 1.015 * (words.length / sentences) - 84.6 * (syllables / words.length);
}

/**
 * Reading ease mapped to 0–1 for short social text: 70 and above ("fairly easy", what timelines
 * reward) is 1, 10 and below (academic prose) is 0, linear between. No prose at all (only a link
 * or tags) is a neutral 0.5: nothing hard to read, nothing to read either.
 */
export function readabilityScore(text: string): number {
  const ease = readingEase(text);
  if (ease === null) return 0.5;
  return Math.min(1, Math.max(0, (ease - 10) / 60));
}
