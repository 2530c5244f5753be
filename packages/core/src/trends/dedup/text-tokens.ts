import { COMMON_WORDS } from './common-words';
import { NEWS_SYNONYM_GROUPS } from './news-synonyms';
import { STOP_WORDS } from './stop-words';

/** Scores and ranges ("3-0", "103-91"), then words and numbers with inner apostrophes, dots and commas ("don't", "U.S.", "4.5", "2,000"). */
const TOKEN = /\p{N}+(?:[-–]\p{N}+)+(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
const SCORE = /^\p{N}+(?:[-–]\p{N}+)+$/u;
/** Scripts written without spaces between words: split into character pairs instead. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN_DIACRITIC = /[\u00c0-\u024f]/;
const NUMBER = /^\p{N}[\p{N}.,]*$/u;
/** A number with a magnitude suffix: "120k", "$39.3B", "7.7m", "2bn". */
const SCALED_NUMBER = /^(\p{N}[\p{N}.,]*)(k|m|mn|b|bn)$/u;
const SCALE_WORDS: Record<string, string> = { m: 'million', mn: 'million', b: 'billion', bn: 'billion' };
/** Consonants whose doubling before -ed/-ing is spelling, not stem ("stopped" → "stop"), unlike "fall". */
const UNDOUBLED = /([bdfgkmnprtv])\1$/;
/** Plurals that are not: stripping their "s" would land them on another word ("news" → "new"). */
const KEEP_S = new Set(['news', 'series', 'species', 'always', 'perhaps', 'whereas', 'texas', 'kansas', 'arkansas', 'paris', 'davos']);

/**
 * A light suffix stripper: consistent rather than linguistically right. What matters is that the
 * forms of one word meet ("unveils", "unveiled", "unveiling", "unveil" → "unveil"; "raises",
 * "raised", "raise" → "rais").
 */
export function stem(word: string): string {
  if (word.length <= 3 || KEEP_S.has(word)) return word;
  let stemmed = word;
  if (stemmed.endsWith('ies') && stemmed.length > 4) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.endsWith('sses')) stemmed = stemmed.slice(0, -2);
  else if (stemmed.endsWith('s') && !/(ss|us|is)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);

  if (stemmed.endsWith('ied') && stemmed.length > 4) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.endsWith('ed') && stemmed.length >= 5) stemmed = undouble(stemmed.slice(0, -2));
  else if (stemmed.endsWith('ing') && stemmed.length >= 6) stemmed = undouble(stemmed.slice(0, -3));

  if (stemmed.endsWith('e') && stemmed.length > 3) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

function undouble(stemmed: string): string {
  return UNDOUBLED.test(stemmed) ? stemmed.slice(0, -1) : stemmed;
}

/** Stem → the first word of its synonym group, itself stemmed, built once. */
const SYNONYMS: ReadonlyMap<string, string> = new Map(
  NEWS_SYNONYM_GROUPS.flatMap((group) => group.map((word) => [stem(word), stem(group[0] as string)] as const)),
);

/** Stems of COMMON_WORDS, after synonym folding, built once. */
const COMMON_TOKENS: ReadonlySet<string> = new Set(COMMON_WORDS.map((word) => {
  const stemmed = stem(word);
  return SYNONYMS.get(stemmed) ?? stemmed;
}));

/** Whether a dedup token is a frequent word that many unrelated stories share. */
export function isCommonToken(token: string): boolean {
  return COMMON_TOKENS.has(token);
}

function pushNumber(digits: string, into: string[]): void {
  // "2,000" and "2000" are one number; a decimal point stays ("4.5" is not "45").
  const number = digits.replace(/,/g, '');
  if (number.length > 1) into.push(number);
}

/**
 * Tokens of each word seen, since news vocabulary repeats heavily from item to item; cleared
 * when full so a long-running process does not grow it without bound.
 */
const wordCache = new Map<string, readonly string[]>();
const WORD_CACHE_LIMIT = 100_000;

function pushCachedWord(raw: string, into: string[]): void {
  let tokens = wordCache.get(raw);
  if (tokens === undefined) {
    const fresh: string[] = [];
    pushWord(raw, fresh);
    tokens = fresh;
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(raw, tokens);
  }
  for (const token of tokens) into.push(token);
}

function pushWord(raw: string, into: string[]): void {
  let word = raw.replace(/['’]s$/, '');
  if (NUMBER.test(word)) return pushNumber(word, into);
  // A score is one figure: "3-0" tells one match from another, its digits alone do not.
  if (SCORE.test(word)) return void into.push(word.replace(/–/g, '-'));
  const scaled = SCALED_NUMBER.exec(word);
  if (scaled) {
    const [, digits, scale] = scaled as unknown as [string, string, string];
    // "$120k" is the "$120,000" of another outlet; "$39.3B" its "$39.3 billion".
    if (scale === 'k') return pushNumber(String(Math.round(Number(digits.replace(/,/g, '')) * 1000)), into);
    pushNumber(digits, into);
    into.push(SCALE_WORDS[scale] as string);
    return;
  }
  word = word.replace(/['’.,]/g, '');
  if (LATIN_DIACRITIC.test(word)) word = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (word.length < 2 || STOP_WORDS.has(word)) return;
  const stemmed = stem(word);
  into.push(SYNONYMS.get(stemmed) ?? stemmed);
}

/**
 * Tokens for near-duplicate detection, in text order with repeats: lower-cased, split on
 * anything that is not a letter or digit (any script), stop words and one-character tokens
 * dropped, suffixes lightly stripped and common headline synonyms folded. Han and kana runs
 * become overlapping character pairs, since those scripts do not separate words with spaces.
 */
export function dedupTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(TOKEN)) {
    const raw = match[0];
    if (UNSPACED.test(raw)) {
      for (let index = 0; index + 1 < raw.length; index++) tokens.push(raw.slice(index, index + 2));
      continue;
    }
    pushCachedWord(raw, tokens);
  }
  return tokens;
}

/** Words written with a capital where a sentence does not force one: likely names ("Nvidia", "Wimbledon"). */
const CAPITALISED_WORD = /(^|[.!?:;"“]\s+|\s+)(\p{Lu}[\p{L}\p{N}'’.,-]*)/gu;

/**
 * Dedup tokens of the names in a text: capitalised words that do not start a sentence. Headlines
 * in title case capitalise every word, so callers pass sentence-case text (summaries, and titles
 * that are not title case).
 */
export function properNounTokens(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const separator = match[1] as string;
    if (separator === '' || /[.!?:;"“]/.test(separator)) continue;
    for (const token of dedupTokens(match[2] as string)) names.add(token);
  }
  return names;
}

/** Whether a headline capitalises most of its longer words, so capitals there do not mark names. */
export function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  if (words.length < 2) return false;
  return words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.6;
}
