import type { Embedding } from '../../ports/text-embedder';

/**
 * Inverse document frequency of sparse features over a corpus: idf = ln((N + 1) / (df + 1)) + 1
 * (smoothed, as scikit-learn's TfidfTransformer does: a feature in every document still weighs 1,
 * a feature in none weighs the most). Features shared by many trends ("new", "year") count less.
 */
export interface IdfWeights {
  documents: number;
  /** Document frequency per feature index. */
  frequencies: ReadonlyMap<number, number>;
  weight(index: number): number;
}

export function buildIdf(embeddings: readonly Embedding[]): IdfWeights {
  const frequencies = new Map<number, number>();
  let documents = 0;
  for (const embedding of embeddings) {
    if (embedding.kind !== 'sparse') continue;
    documents += 1;
    // Indices are sorted and unique, so each counts once per document.
    for (const index of embedding.indices) frequencies.set(index, (frequencies.get(index) ?? 0) + 1);
  }
  const weight = (index: number) => Math.log((documents + 1) / ((frequencies.get(index) ?? 0) + 1)) + 1;
  return { documents, frequencies, weight };
}

/** Vectors of different kinds (or dense ones of different sizes) come from different models and are never compared. */
export function isComparable(a: Embedding, b: Embedding): boolean {
  if (a.kind === 'sparse' && b.kind === 'sparse') return true;
  return a.kind === 'dense' && b.kind === 'dense' && a.values.length === b.values.length;
}

function sparseNorm(embedding: { indices: number[]; values: number[] }, idf: IdfWeights | null): number {
  let sum = 0;
  for (let i = 0; i < embedding.indices.length; i += 1) {
    const value = (embedding.values[i] ?? 0) * (idf ? idf.weight(embedding.indices[i] ?? 0) : 1);
    sum += value * value;
  }
  return Math.sqrt(sum);
}

/** Cosine of two sparse vectors (sorted indices, merged in one pass), each value weighted by its feature's IDF when given. */
export function sparseCosine(a: { indices: number[]; values: number[] }, b: { indices: number[]; values: number[] }, idf: IdfWeights | null = null): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const left = a.indices[i] ?? 0;
    const right = b.indices[j] ?? 0;
    if (left < right) i += 1;
    else if (left > right) j += 1;
    else {
      const weight = idf ? idf.weight(left) : 1;
      dot += (a.values[i] ?? 0) * (b.values[j] ?? 0) * weight * weight;
      i += 1;
      j += 1;
    }
  }
  const norms = sparseNorm(a, idf) * sparseNorm(b, idf);
  return norms > 0 ? dot / norms : 0;
}

/** Cosine of two dense vectors of the same size. */
export function denseCosine(a: number[], b: number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  const norms = Math.sqrt(normA) * Math.sqrt(normB);
  return norms > 0 ? dot / norms : 0;
}

/** Cosine in −1…1 of comparable embeddings (IDF-weighted for sparse ones when `idf` is given); 0 for incomparable or zero vectors. */
export function embeddingCosine(a: Embedding, b: Embedding, idf: IdfWeights | null = null): number {
  if (!isComparable(a, b)) return 0;
  if (a.kind === 'sparse' && b.kind === 'sparse') return sparseCosine(a, b, idf);
  return denseCosine(a.values, b.values);
}
