import type { Embedding } from '../../ports/text-embedder';
import { embeddingCosine, type IdfWeights } from './similarity';
import { toUnitInterval } from './unit-interval';

export interface SimilarityRange {
  floor: number;
  ceiling: number;
}

/** Rescales a cosine linearly from the model's [floor, ceiling] to [0, 1], clamped. */
export function rescaleSimilarity(cosine: number, range: SimilarityRange): number {
  const span = range.ceiling - range.floor;
  if (!(span > 0)) return cosine >= range.ceiling ? 1 : 0;
  return toUnitInterval((cosine - range.floor) / span);
}

/**
 * Relevance of a trend to a brand: the best pillar's rescaled cosine, and that pillar. The matched
 * pillar is null when the brand has no pillars or none shares anything with the trend (cosine ≤ 0).
 * Ties keep the earlier pillar.
 */
export function pillarRelevance(
  pillars: ReadonlyArray<{ text: string; embedding: Embedding }>,
  trend: Embedding,
  options: { range: SimilarityRange; idf: IdfWeights | null },
): { relevance: number; matchedPillar: string | null; cosine: number } {
  let best: { cosine: number; text: string | null } = { cosine: 0, text: null };
  for (const pillar of pillars) {
    const cosine = embeddingCosine(pillar.embedding, trend, options.idf);
    if (cosine > best.cosine) best = { cosine, text: pillar.text };
  }
  return { relevance: rescaleSimilarity(best.cosine, options.range), matchedPillar: best.text, cosine: best.cosine };
}
