import type { Embedding } from '../../ports/text-embedder';

type Sparse = Extract<Embedding, { kind: 'sparse' }>;

/**
 * An inverted index over the sparse trend vectors being ranked, for cosine against many short
 * queries (brand pillars have a few dozen features, trends hundreds together): a query walks only
 * the postings of its own features instead of every trend.
 *
 * IDF comes from the indexed trends (idf = ln((N+1)/(df+1)) + 1, as `buildIdf`) and weighs both
 * sides. Postings hold each trend's IDF-weighted value already divided by the trend's norm, so a
 * query's dot product with them is the cosine once divided by the query's own norm.
 */
export class SparseTrendIndex {
  /** Trend positions (in the ranked list) of each feature's postings, feature by feature. */
  private readonly postingTrends: Int32Array;
  private readonly postingWeights: Float64Array;
  /** Where each feature's postings start in the two arrays above (one extra entry at the end). */
  private readonly offsets: Int32Array;
  private readonly featureIds = new Map<number, number>();
  private readonly idf: Float64Array;
  private readonly unseenIdf: number;
  /** Per trend position: the query number that last touched it, so accumulators need no clearing. */
  private readonly stamps: Int32Array;
  private readonly sums: Float64Array;
  /** The positions one query touched, in the order first touched (a reused buffer). */
  private readonly touched: Int32Array;
  private query = 0;

  constructor(trends: readonly Embedding[]) {
    const sparse: Array<{ position: number; embedding: Sparse }> = [];
    trends.forEach((embedding, position) => {
      if (embedding.kind === 'sparse') sparse.push({ position, embedding });
    });
    const frequencies: number[] = [];
    for (const { embedding } of sparse) {
      for (const index of embedding.indices) {
        let id = this.featureIds.get(index);
        if (id === undefined) {
          id = frequencies.length;
          this.featureIds.set(index, id);
          frequencies.push(0);
        }
        frequencies[id] = (frequencies[id] ?? 0) + 1;
      }
    }
    const documents = sparse.length;
    this.idf = Float64Array.from(frequencies, (df) => Math.log((documents + 1) / (df + 1)) + 1);
    this.unseenIdf = Math.log(documents + 1) + 1;

    this.offsets = new Int32Array(frequencies.length + 1);
    for (let id = 0; id < frequencies.length; id += 1) this.offsets[id + 1] = (this.offsets[id] ?? 0) + (frequencies[id] ?? 0);
    const total = this.offsets[frequencies.length] ?? 0;
    this.postingTrends = new Int32Array(total);
    this.postingWeights = new Float64Array(total);
    const filled = new Int32Array(frequencies.length);
    for (const { position, embedding } of sparse) {
      const ids = embedding.indices.map((index) => this.featureIds.get(index) ?? 0);
      let norm = 0;
      for (let i = 0; i < ids.length; i += 1) {
        const weighted = (embedding.values[i] ?? 0) * (this.idf[ids[i] ?? 0] ?? 0);
        norm += weighted * weighted;
      }
      norm = Math.sqrt(norm);
      if (norm === 0) continue;
      for (let i = 0; i < ids.length; i += 1) {
        const id = ids[i] ?? 0;
        const slot = (this.offsets[id] ?? 0) + (filled[id] ?? 0);
        filled[id] = (filled[id] ?? 0) + 1;
        this.postingTrends[slot] = position;
        this.postingWeights[slot] = ((embedding.values[i] ?? 0) * (this.idf[id] ?? 0)) / norm;
      }
    }
    this.stamps = new Int32Array(trends.length);
    this.sums = new Float64Array(trends.length);
    this.touched = new Int32Array(trends.length);
  }

  /** The IDF weight of a feature index (the highest for one no trend has). */
  idfOf(index: number): number {
    const id = this.featureIds.get(index);
    return id === undefined ? this.unseenIdf : (this.idf[id] ?? this.unseenIdf);
  }

  /**
   * Cosine of `query` with every sparse trend that shares a feature with it: calls `visit(position,
   * cosine)` once per such trend (others have cosine 0).
   */
  forEachCosine(query: Sparse, visit: (position: number, cosine: number) => void): void {
    let queryNorm = 0;
    for (let i = 0; i < query.indices.length; i += 1) {
      const weighted = (query.values[i] ?? 0) * this.idfOf(query.indices[i] ?? 0);
      queryNorm += weighted * weighted;
    }
    if (queryNorm === 0) return;
    queryNorm = Math.sqrt(queryNorm);
    this.query += 1;
    const stamp = this.query;
    let touchedCount = 0;
    const { stamps, sums, touched, postingTrends, postingWeights, offsets } = this;
    for (let i = 0; i < query.indices.length; i += 1) {
      const id = this.featureIds.get(query.indices[i] ?? 0);
      if (id === undefined) continue;
      const weight = ((query.values[i] ?? 0) * (this.idf[id] ?? 0)) / queryNorm;
      const end = offsets[id + 1] ?? 0;
      for (let slot = offsets[id] ?? 0; slot < end; slot += 1) {
        const position = postingTrends[slot] ?? 0;
        if (stamps[position] !== stamp) {
          stamps[position] = stamp;
          sums[position] = 0;
          touched[touchedCount] = position;
          touchedCount += 1;
        }
        sums[position] = (sums[position] ?? 0) + weight * (postingWeights[slot] ?? 0);
      }
    }
    for (let i = 0; i < touchedCount; i += 1) {
      const position = touched[i] ?? 0;
      visit(position, sums[position] ?? 0);
    }
  }
}
