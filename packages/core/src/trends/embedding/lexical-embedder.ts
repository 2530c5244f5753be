import type { Embedding, TextEmbedder } from '../../ports/text-embedder';
import type { TextAnalyzer } from '../../ports/text-analyzer';
import { fnv1a32 } from './fnv1a';
import { countLemmaFeatures } from './lexical-features';

export const LEXICAL_MODEL = 'lexical-v1';

/** 2^20 buckets: collisions stay rare for a few hundred thousand distinct features, and indices fit typed arrays. */
export const LEXICAL_BUCKETS = 1 << 20;

/**
 * Measured with wink-nlp lemmas and IDF over ten news-like trends (title + two-sentence summary)
 * against six 2–3 word pillars: a trend carrying the pillar's words ("sustainable finance",
 * "open banking payments", "climate risk disclosure" against "climate risks … disclose") scores
 * cosine 0.35–0.43; one sharing a single word ("fintech regulation", "AI in education") 0.12–0.17;
 * unrelated ones 0–0.07 (stray 4-grams). A short pillar against a long text never comes near 1,
 * so the ceiling is 0.5: full phrase matches land at relevance 0.7–0.9, a single shared word near
 * the 0.3 skip line, unrelated trends far below it. The floor stays 0, where unrelated texts sit.
 */
export const LEXICAL_SIMILARITY_RANGE = { floor: 0, ceiling: 0.5 } as const;

/** Text → sparse vector of hashed features with sublinear term frequency, sorted unique indices. */
export function lexicalEmbedding(analyzer: TextAnalyzer, text: string): Extract<Embedding, { kind: 'sparse' }> {
  const counts = new Map<string, { weight: number; count: number }>();
  for (const lemma of analyzer.analyze(text).lemmas) if (lemma.length > 0) countLemmaFeatures(lemma, counts);
  const buckets = new Map<number, number>();
  for (const [key, { weight, count }] of counts) {
    // Sublinear TF: a word repeated five times is more present, not five times more.
    const bucket = fnv1a32(key) & (LEXICAL_BUCKETS - 1);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + weight * (1 + Math.log(count)));
  }
  const indices = [...buckets.keys()].sort((a, b) => a - b);
  return { kind: 'sparse', indices, values: indices.map((index) => buckets.get(index) ?? 0) };
}

/** The offline embedder: no network, no model files beyond the analyzer's. IDF is applied at comparison time. */
export function createLexicalEmbedder(analyzer: TextAnalyzer): TextEmbedder {
  return {
    model: LEXICAL_MODEL,
    similarityRange: LEXICAL_SIMILARITY_RANGE,
    embed: async (texts) => texts.map((text) => lexicalEmbedding(analyzer, text)),
  };
}
