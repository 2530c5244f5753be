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

/**
 * A lemma's features as 32-bit hashes of their prefixed keys (`w:` lemma, `g:` 4-gram) with their
 * weights, computed once per lemma: texts repeat the same few thousand lemmas, and building the
 * gram strings was most of an embedding's cost. Bounded so a long-running worker cannot grow it
 * without limit.
 */
const MAX_CACHED_LEMMAS = 200_000;
const lemmaFeatures = new Map<string, Array<{ hash: number; weight: number }>>();

function featuresOf(lemma: string): Array<{ hash: number; weight: number }> {
  let features = lemmaFeatures.get(lemma);
  if (!features) {
    const counts = new Map<string, { weight: number; count: number }>();
    countLemmaFeatures(lemma, counts);
    features = [];
    for (const [key, { weight, count }] of counts) for (let copy = 0; copy < count; copy++) features.push({ hash: fnv1a32(key), weight });
    if (lemmaFeatures.size >= MAX_CACHED_LEMMAS) lemmaFeatures.clear();
    lemmaFeatures.set(lemma, features);
  }
  return features;
}

/** Text → sparse vector of hashed features with sublinear term frequency, sorted unique indices. */
export function lexicalEmbedding(analyzer: TextAnalyzer, text: string): Extract<Embedding, { kind: 'sparse' }> {
  // Occurrences per feature, keyed by the feature's 32-bit hash (as good as its key string here).
  const counts = new Map<number, { weight: number; count: number }>();
  for (const lemma of analyzer.analyze(text).lemmas) {
    if (lemma.length === 0) continue;
    for (const { hash, weight } of featuresOf(lemma)) {
      const entry = counts.get(hash);
      if (entry) entry.count += 1;
      else counts.set(hash, { weight, count: 1 });
    }
  }
  const buckets = new Map<number, number>();
  for (const [hash, { weight, count }] of counts) {
    // Sublinear TF: a word repeated five times is more present, not five times more.
    const bucket = hash & (LEXICAL_BUCKETS - 1);
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
