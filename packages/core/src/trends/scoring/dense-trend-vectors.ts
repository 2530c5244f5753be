import type { Embedding } from '../../ports/text-embedder';

/** The dense trend vectors being ranked, normalised once, for cosine by plain dot products. */
export class DenseTrendVectors {
  private readonly entries: Array<{ position: number; unit: Float64Array }> = [];

  constructor(trends: readonly Embedding[]) {
    trends.forEach((embedding, position) => {
      if (embedding.kind !== 'dense') return;
      const unit = normalised(embedding.values);
      if (unit) this.entries.push({ position, unit });
    });
  }

  /** Cosine of `query` with every dense trend of the same size: `visit(position, cosine)`. */
  forEachCosine(query: number[], visit: (position: number, cosine: number) => void): void {
    if (this.entries.length === 0) return;
    const unit = normalised(query);
    if (!unit) return;
    for (const { position, unit: trend } of this.entries) {
      if (trend.length !== unit.length) continue;
      let dot = 0;
      for (let i = 0; i < unit.length; i += 1) dot += (unit[i] ?? 0) * (trend[i] ?? 0);
      visit(position, dot);
    }
  }
}

function normalised(values: number[]): Float64Array | null {
  let norm = 0;
  for (const value of values) norm += value * value;
  if (!(norm > 0)) return null;
  norm = Math.sqrt(norm);
  return Float64Array.from(values, (value) => value / norm);
}
