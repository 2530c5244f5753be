import { dedupTokens, isCommonToken, isTitleCase, properNounTokens } from './text-tokens';

/** MinHash slots: 256 keep the estimate within about ±0.03 near the threshold (128: ±0.04). */
export const MINHASH_SLOTS = 256;
/** Slots after the MinHash ones: the smallest hashes of the text's figures (numbers other than years). */
export const FIGURE_SLOTS = 8;
/** Length of a text signature: MINHASH_SLOTS MinHash values, then FIGURE_SLOTS figure hashes. */
export const SIGNATURE_SIZE = MINHASH_SLOTS + FIGURE_SLOTS;
/**
 * Two texts that both give figures but share none ("7.7" / "8.8", "$39.3 billion" / "$7.7
 * billion") are most likely different events; their similarity counts this much.
 */
export const FIGURE_CONFLICT_FACTOR = 0.5;
/**
 * Feature copies per token: the weighted Jaccard counts a shared token this many times. Title
 * words weigh more than summary words (the headline is what outlets agree on); names and
 * figures, and words outside COMMON_WORDS, weigh more than common words, since they tell
 * stories apart ("Nvidia" / "AMD", "7.7" / "8.8") where "revenue" or "beat" do not. Measured on
 * the labelled set: title 3 / summary 2, ×3 for names and figures, ×2 for uncommon words.
 */
const SUMMARY_COPIES = 2;
const TITLE_COPIES = 3;
const NAME_OR_NUMBER_FACTOR = 3;
const RARE_FACTOR = 2;
/** Summary tokens considered, first first: the lede carries the story, the rest dilutes it. */
const SUMMARY_TOKENS = 30;
/** The slot value of an empty text: never counted as agreement, so two empty texts are not alike. */
export const EMPTY_SLOT = 0xffffffff;

/** murmur3's finaliser: spreads every input bit over the whole 32-bit word. */
function mix32(value: number): number {
  let mixed = value;
  mixed ^= mixed >>> 16;
  mixed = Math.imul(mixed, 0x85ebca6b);
  mixed ^= mixed >>> 13;
  mixed = Math.imul(mixed, 0xc2b2ae35);
  mixed ^= mixed >>> 16;
  return mixed >>> 0;
}

/** FNV-1a 32 over UTF-16 code units, mixed: the base hash of a token. */
function tokenHash(token: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < token.length; index++) hash = Math.imul(hash ^ token.charCodeAt(index), 0x01000193);
  return mix32(hash);
}

const BIN_SHIFT = 32 - Math.log2(MINHASH_SLOTS);

/**
 * For each slot, every other slot in a fixed pseudo-random order: where an empty slot borrows a
 * value from (optimal densification, Shrivastava 2017). Being the same for every text keeps
 * borrowed values comparable between signatures.
 */
const BORROW_ORDER: Uint16Array = (() => {
  const order = new Uint16Array(MINHASH_SLOTS * MINHASH_SLOTS);
  for (let slot = 0; slot < MINHASH_SLOTS; slot++) {
    const row = Array.from({ length: MINHASH_SLOTS }, (_, other) => other);
    let state = mix32(slot + 0x51ed270b);
    for (let index = row.length - 1; index > 0; index--) {
      state = mix32(state + index);
      const pick = state % (index + 1);
      [row[index], row[pick]] = [row[pick] as number, row[index] as number];
    }
    order.set(row, slot * MINHASH_SLOTS);
  }
  return order;
})();

const startsWithDigit = (token: string) => token.charCodeAt(0) >= 48 && token.charCodeAt(0) <= 57;

/** Each distinct token with its number of copies, title tokens first. */
function weightedTokens(title: string, summary: string): Map<string, number> {
  const names = properNounTokens(summary);
  if (!isTitleCase(title)) for (const name of properNounTokens(title)) names.add(name);
  const copies = new Map<string, number>();
  const add = (token: string, base: number) => {
    let weight = names.has(token) || startsWithDigit(token) ? base * NAME_OR_NUMBER_FACTOR : base;
    if (!isCommonToken(token)) weight *= RARE_FACTOR;
    if ((copies.get(token) ?? 0) < weight) copies.set(token, weight);
  };
  for (const token of dedupTokens(title)) add(token, TITLE_COPIES);
  let fromSummary = 0;
  for (const token of dedupTokens(summary)) {
    if (fromSummary >= SUMMARY_TOKENS) break;
    if (!copies.has(token)) fromSummary++;
    add(token, SUMMARY_COPIES);
  }
  return copies;
}

const YEAR = /^(19|20)\d\d$/;

/** Fills the MinHash slots from every copy of every token (one permutation hashing), and the figure slots. */
function fillSignature(tokens: Map<string, number>, signature: number[]): number {
  let filled = 0;
  const figures: number[] = [];
  for (const [token, copies] of tokens) {
    const hash = tokenHash(token);
    // Years say when, not what: every story of a year shares them.
    if (startsWithDigit(token) && !YEAR.test(token)) figures.push(hash);
    for (let copy = 0; copy < copies; copy++) {
      const feature = copy === 0 ? hash : mix32(hash ^ Math.imul(copy, 0x27d4eb2f));
      const slot = feature >>> BIN_SHIFT;
      // The value comes from a second hash, so it does not repeat the bits that chose the slot.
      const value = mix32(feature ^ 0x6a09e667);
      const current = signature[slot] as number;
      if (current === EMPTY_SLOT) filled++;
      if (value < current) signature[slot] = value;
    }
  }
  figures.sort((a, b) => a - b);
  for (let slot = 0; slot < FIGURE_SLOTS && slot < figures.length; slot++) signature[MINHASH_SLOTS + slot] = figures[slot] as number;
  return filled;
}

/**
 * MinHash signature of a trend item's text (SIGNATURE_SIZE unsigned 32-bit values): the share of
 * equal slots between two signatures estimates the weighted Jaccard similarity of their token
 * sets, in which title words, names, numbers and rare words weigh more. One-permutation hashing:
 * each feature is hashed once and lands in one slot, where the smallest value stays; empty slots
 * borrow from other slots in a fixed order. That costs one hash per feature rather than one per
 * feature and slot, with the same estimate.
 */
export function textSignature(title: string, summary: string): number[] {
  const signature = new Array<number>(SIGNATURE_SIZE).fill(EMPTY_SLOT);
  const filled = fillSignature(weightedTokens(title, summary), signature);
  if (filled === 0 || filled === MINHASH_SLOTS) return signature;
  const own = signature.slice(0, MINHASH_SLOTS);
  for (let slot = 0; slot < MINHASH_SLOTS; slot++) {
    if (own[slot] !== EMPTY_SLOT) continue;
    const offset = slot * MINHASH_SLOTS;
    for (let step = 0; step < MINHASH_SLOTS; step++) {
      const donor = own[BORROW_ORDER[offset + step] as number] as number;
      if (donor !== EMPTY_SLOT) {
        signature[slot] = donor;
        break;
      }
    }
  }
  return signature;
}

/**
 * Similarity of two signatures stored in `a` and `b` from the given offsets, where `empty` is
 * how the store writes EMPTY_SLOT (typed arrays may hold it as -1). Shared by the public
 * estimate and the clustering index so both judge alike.
 */
export function similarityAt(a: ArrayLike<number>, offsetA: number, b: ArrayLike<number>, offsetB: number, empty: number): number {
  let equal = 0;
  for (let slot = 0; slot < MINHASH_SLOTS; slot++) {
    const value = a[offsetA + slot];
    if (value === b[offsetB + slot] && value !== empty) equal++;
  }
  const similarity = equal / MINHASH_SLOTS;
  if (similarity === 0) return 0;
  return figuresConflict(a, offsetA + MINHASH_SLOTS, b, offsetB + MINHASH_SLOTS, empty) ? similarity * FIGURE_CONFLICT_FACTOR : similarity;
}

/** Slots looked at before giving up on a pair that is clearly below the minimum. */
const PREVIEW_SLOTS = 64;
/** How far below the minimum the preview may be and still go on: 3 standard deviations of a 64-slot estimate. */
const PREVIEW_MARGIN = 0.16;

/**
 * `similarityAt`, or -1 as soon as the first PREVIEW_SLOTS slots show the pair is far below
 * `minimum`: most candidates an LSH index returns are, and this skips three quarters of their
 * slots. (A pair the full estimate would put at the minimum is given up with p < 0.2%.)
 */
export function similarityAtLeast(a: ArrayLike<number>, offsetA: number, b: ArrayLike<number>, offsetB: number, empty: number, minimum: number): number {
  let equal = 0;
  for (let slot = 0; slot < PREVIEW_SLOTS; slot++) {
    const value = a[offsetA + slot];
    if (value === b[offsetB + slot] && value !== empty) equal++;
  }
  if (equal / PREVIEW_SLOTS < minimum - PREVIEW_MARGIN) return -1;
  return similarityAt(a, offsetA, b, offsetB, empty);
}

/** Both texts give figures, and none is the same (the sketches are sorted, so a merge walk finds any). */
function figuresConflict(a: ArrayLike<number>, offsetA: number, b: ArrayLike<number>, offsetB: number, empty: number): boolean {
  if (a[offsetA] === empty || b[offsetB] === empty) return false;
  let i = 0;
  let j = 0;
  while (i < FIGURE_SLOTS && j < FIGURE_SLOTS) {
    const x = a[offsetA + i] as number;
    const y = b[offsetB + j] as number;
    if (x === empty || y === empty) return true;
    if (x === y) return false;
    // Typed stores hold the values as signed; compare them as unsigned so both walks agree.
    if (x >>> 0 < y >>> 0) i++;
    else j++;
  }
  return true;
}

/**
 * Estimated similarity in [0, 1]: the share of equal MinHash slots (an estimate of the weighted
 * Jaccard similarity; empty slots never agree), halved when both texts give figures and share
 * none. 0 for signatures that are not SIGNATURE_SIZE long.
 */
export function estimatedSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== SIGNATURE_SIZE || b.length !== SIGNATURE_SIZE) return 0;
  return similarityAt(a, 0, b, 0, EMPTY_SLOT);
}
