import { isStopWord } from './stop-words';

/** Letters or digits, with inner apostrophes and hyphens ("don't", "open-source"). */
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** URLs, @mentions and #hashtags are not prose: they never become key phrases. */
const entityPattern = /https?:\/\/\S+|www\.\S+|[@#＃][\p{L}\p{N}_.-]+/gu;
/** Punctuation that ends a phrase even without a stop word between ("AI, banking" is two). */
const phraseBreak = /[,.;:!?()[\]{}"“”«»…|/\\–—]/u;

const MAX_PHRASE_WORDS = 3;

/** The words of a text in order, without URLs, mentions or hashtags. */
export function wordsOf(text: string): string[] {
  return text.replace(entityPattern, ' ').match(wordPattern) ?? [];
}

function isPhraseWord(word: string): boolean {
  if (isStopWord(word)) return false;
  if (/^\p{N}+$/u.test(word)) return true; // kept inside a run ("Web 3"), dropped when alone below
  // One or two lower-case letters are noise ("vs", "ok"); upper-case ones are acronyms ("AI").
  return word.length > 2 || /^\p{Lu}+$/u.test(word);
}

/** Runs of consecutive phrase words, split at stop words and punctuation. */
function phraseRuns(text: string): string[][] {
  const runs: string[][] = [];
  for (const segment of text.replace(entityPattern, ' ').split(phraseBreak)) {
    let run: string[] = [];
    for (const word of segment.match(wordPattern) ?? []) {
      if (isPhraseWord(word)) {
        run.push(word);
        continue;
      }
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

/**
 * The topic's key phrases, best first: runs of up to three content words ("open banking APIs"),
 * longer runs before shorter ones, earlier before later, each once (case-insensitive). A longer
 * run is cut into three-word pieces. Runs of only digits are dropped. Good enough to name a
 * topic in a template and to seed hashtags; not a parser.
 */
export function keyPhrases(text: string, max = 5): string[] {
  const candidates: Array<{ phrase: string; words: number; position: number }> = [];
  phraseRuns(text).forEach((run, runIndex) => {
    for (let start = 0; start < run.length; start += MAX_PHRASE_WORDS) {
      const words = run.slice(start, start + MAX_PHRASE_WORDS);
      if (words.every((word) => /^\p{N}+$/u.test(word))) continue;
      candidates.push({ phrase: words.join(' '), words: words.length, position: runIndex * 100 + start });
    }
  });
  candidates.sort((a, b) => b.words - a.words || a.position - b.position);
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const { phrase } of candidates) {
    const key = phrase.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    phrases.push(phrase);
    if (phrases.length >= max) break;
  }
  return phrases;
}
