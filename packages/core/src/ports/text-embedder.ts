/**
 * A text embedding. Sparse vectors are the offline lexical model's (hashed lemma features with
 * sublinear TF; IDF is applied when vectors are compared, from the corpus being compared);
 * dense vectors are a provider's (/embeddings).
 */
export type Embedding =
  | { kind: 'sparse'; indices: number[]; values: number[] }
  | { kind: 'dense'; values: number[] };

export interface TextEmbedder {
  /** Stored with every vector: vectors of different models are never compared (re-embedded instead). */
  readonly model: string;
  /**
   * Cosine similarities of this model spread over a narrow band; relevance rescales cosine
   * linearly from [floor, ceiling] to [0, 1] (clamped), so thresholds mean the same for each model.
   */
  readonly similarityRange: { floor: number; ceiling: number };
  embed(texts: string[]): Promise<Embedding[]>;
}
