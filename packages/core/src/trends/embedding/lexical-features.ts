/**
 * Features of a lemma: the lemma itself (weight 1) and its character 4-grams with boundary marks
 * (weight 0.3), so inflections and derivations the lemmatizer keeps apart ("sustainable",
 * "sustainability": ^sus, sust, usta, …) still overlap, at less than a shared word is worth.
 */
export const LEMMA_WEIGHT = 1;
export const CHAR_GRAM_WEIGHT = 0.3;
export const CHAR_GRAM_SIZE = 4;

/** Adds each feature's occurrences to `counts`, keyed by a prefixed string so a lemma and a gram never share a key. */
export function countLemmaFeatures(lemma: string, counts: Map<string, { weight: number; count: number }>): void {
  const add = (key: string, weight: number) => {
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { weight, count: 1 });
  };
  add(`w:${lemma}`, LEMMA_WEIGHT);
  const marked = [...`^${lemma}$`];
  if (marked.length < CHAR_GRAM_SIZE) {
    add(`g:${marked.join('')}`, CHAR_GRAM_WEIGHT);
    return;
  }
  for (let start = 0; start + CHAR_GRAM_SIZE <= marked.length; start += 1) {
    add(`g:${marked.slice(start, start + CHAR_GRAM_SIZE).join('')}`, CHAR_GRAM_WEIGHT);
  }
}
