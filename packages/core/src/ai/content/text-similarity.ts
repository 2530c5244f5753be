import { isStopWord } from './stop-words';
import { wordsOf } from './key-phrases';

/** A sparse term-frequency vector. */
export type TextVector = Map<string, number>;

/** Plural and possessive endings folded, so "pillars" and "pillar's" meet "pillar". */
function stem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

/**
 * A text as words plus character trigrams of those words, stop words left out. Words catch
 * shared vocabulary; trigrams catch inflections and compounds ("budgeting" ~ "budget") and work
 * for scripts without spaces. Cheap enough to build for 50 recent posts on every score.
 */
export function textVector(text: string): TextVector {
  const vector: TextVector = new Map();
  const add = (feature: string, weight: number) => vector.set(feature, (vector.get(feature) ?? 0) + weight);
  for (const word of wordsOf(text)) {
    if (isStopWord(word)) continue;
    const stemmed = stem(word);
    add(`w:${stemmed}`, 1);
    const padded = ` ${stemmed} `;
    for (let index = 0; index + 3 <= padded.length; index++) add(`t:${padded.slice(index, index + 3)}`, 0.5);
  }
  return vector;
}

/** Cosine similarity in 0–1 (vectors are non-negative); 0 when either is empty. */
export function cosineSimilarity(a: TextVector, b: TextVector): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [feature, weight] of small) dot += weight * (large.get(feature) ?? 0);
  const norm = (vector: TextVector) => Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0));
  return Math.min(1, dot / (norm(a) * norm(b)));
}
