import { extractXUrls } from './extract-x-urls';
import { graphemesOf } from './grapheme-length';
import { xTextConfig, xWeightedLength } from './x-weighted-length';

export interface SplitIntoThreadOptions {
  /** Length each post must fit, numbering included, in `countLength`'s unit; X's 280 by default. */
  maxLength?: number;
  /** The same as `maxLength`, by its original (X-only) name. */
  maxWeightedLength?: number;
  /**
   * The platform's own measure of one post (Bluesky graphemes, Mastodon's URL-aware count); X's
   * weighted length by default. Must not shrink when text is appended, as every real count.
   */
  countLength?: (text: string) => number;
}

/** Where a post may end, best first: after a paragraph, after a sentence, between words, inside a word. */
type BreakRank = 0 | 1 | 2 | 3;

interface Token {
  start: number;
  end: number;
  /** How good a place the end of this token is to end a post. */
  rank: BreakRank;
}

const sentenceEnd = /[.!?…。！？][)"'”’»）」』]*$/u;

function breakRank(text: string, token: { start: number; end: number }, nextStart: number): BreakRank {
  const gap = text.slice(token.end, nextStart);
  if (gap.includes('\n')) return 0;
  if (sentenceEnd.test(text.slice(token.start, token.end))) return 1;
  return gap ? 2 : 3;
}

/** Measures a candidate post, numbering included. */
type Measure = (chunk: string) => number;

/** Words, except that a word too long for any post becomes its graphemes (URLs kept whole). */
function tokenize(text: string, measure: Measure, maxWeightedLength: number): Token[] {
  const urls = extractXUrls(text).map(({ indices: [start, end] }) => ({ start, end }));
  const pieces: Array<{ start: number; end: number }> = [];
  for (const word of text.matchAll(/\S+/g)) {
    if (measure(word[0]) <= maxWeightedLength) {
      pieces.push({ start: word.index, end: word.index + word[0].length });
      continue;
    }
    let cursor = word.index;
    for (const grapheme of graphemesOf(word[0])) {
      const unit = { start: cursor, end: cursor + grapheme.length };
      cursor = unit.end;
      const url = urls.find((candidate) => candidate.start < unit.end && candidate.end > unit.start);
      const previous = pieces.at(-1);
      // A grapheme of a URL that an earlier piece already holds joins that piece: URLs stay whole.
      if (url && previous && previous.start >= word.index && previous.end > url.start) previous.end = unit.end;
      else pieces.push(unit);
    }
  }
  return pieces.map((piece, index) => ({ ...piece, rank: breakRank(text, piece, pieces[index + 1]?.start ?? text.length) }));
}

/** Greedy fill, then move the cut back to the last paragraph, sentence or word end that keeps half the post. */
function chunk(text: string, tokens: Token[], measure: Measure, maxWeightedLength: number): string[] {
  const chunks: string[] = [];
  let first = 0;
  while (first < tokens.length) {
    const startOffset = tokens[first]?.start ?? 0;
    const ends: Array<{ index: number; rank: BreakRank; weight: number }> = [];
    for (let next = first; next < tokens.length; next++) {
      const weight = measure(text.slice(startOffset, tokens[next]?.end));
      // The first token always goes in, so every pass makes progress (tokenize made it fit, unless
      // one grapheme alone outweighs a post: then that post is over, the only way forward).
      if (next > first && weight > maxWeightedLength) break;
      ends.push({ index: next, rank: tokens[next]?.rank ?? 3, weight });
    }
    const last = ends.at(-1)?.index ?? first;
    const preferred =
      last === tokens.length - 1
        ? undefined
        : ([0, 1, 2] as const)
            .map((rank) => ends.filter((end) => end.rank <= rank && end.weight >= maxWeightedLength / 2).at(-1))
            .find((end) => end !== undefined);
    const end = preferred?.index ?? last;
    chunks.push(text.slice(startOffset, tokens[end]?.end));
    first = end + 1;
  }
  return chunks;
}

/**
 * Turns a text too long for one post into a numbered thread — X by default; pass another
 * platform's `countLength` and `maxLength` for it (see thread-for-platform.ts). Numbering is a
 * suffix (` 1/3`), so each post opens with the writer's words, which is what timelines and
 * notifications show. Posts end at paragraph or sentence ends where that keeps them at least half
 * full, otherwise between words; only a word longer than a whole post is cut, between graphemes
 * and never inside a URL. Every post, numbering included, fits the limit as the platform counts
 * it. The text is NFC-normalised first, as X stores it; a text that already fits comes back as
 * the only post.
 */
export function splitIntoThread(text: string, options: SplitIntoThreadOptions = {}): string[] {
  const maxWeightedLength = options.maxLength ?? options.maxWeightedLength ?? xTextConfig.maxWeightedTweetLength;
  const countLength = options.countLength ?? xWeightedLength;
  const normalized = text.normalize('NFC').trim();
  if (normalized === '') return [];
  if (countLength(normalized) <= maxWeightedLength) return [normalized];
  // Reserve room for the widest number of each digit count; retry with more digits if needed.
  for (let digits = 1; ; digits++) {
    const widest = ` ${'9'.repeat(digits)}/${'9'.repeat(digits)}`;
    const measure: Measure = (candidate) => countLength(candidate + widest);
    const chunks = chunk(normalized, tokenize(normalized, measure, maxWeightedLength), measure, maxWeightedLength);
    if (String(chunks.length).length <= digits) return chunks.map((part, index) => `${part} ${index + 1}/${chunks.length}`);
  }
}
