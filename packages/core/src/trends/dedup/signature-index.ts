import { BandTable } from './band-table';
import { EMPTY_SLOT, MINHASH_SLOTS, SIGNATURE_SIZE, similarityAt, similarityAtLeast } from './minhash';

/** Slots per LSH band: two, so pairs near the similarity threshold (≈0.24) share a band with p = J². */
export const ROWS_PER_BAND = 2;
/**
 * Bands over the first 128 MinHash slots. 64 bands find a pair at J = 0.24 in ≥ 2 bands with
 * p ≈ 0.89 and at J = 0.3 with p ≈ 0.98; all 128 would raise that a little at twice the index
 * memory and lookups (measured: no change on the labelled set, clustering 50,000 items 1.7× slower).
 */
const BANDS = 64;
/** Shared bands before a candidate's similarity is checked: one shared band is mostly a common word pair. */
export const MIN_SHARED_BANDS = 2;
const EMPTY = EMPTY_SLOT | 0;
/**
 * A bucket this full holds a combination of common words shared by that many clusters, not a
 * story: it takes no more members and queries skip it, which bounds the work per item.
 */
const BUCKET_CAP = 16;

function bandKey(first: number, second: number, band: number): number {
  let key = Math.imul(first ^ Math.imul(band + 1, 0x9e3779b1), 0x85ebca6b) ^ second;
  key = Math.imul(key ^ (key >>> 15), 0xc2b2ae35);
  // 30 bits keep the key a small integer in V8's maps; a rare collision only adds a candidate.
  return (key ^ (key >>> 13)) & 0x3fffffff;
}

/**
 * MinHash signatures of nodes (items and stored trends) with an LSH band index over the nodes
 * added to it: `candidates` finds the indexed nodes that share enough bands with a node (the
 * expected number grows with their similarity: bands × J²).
 */
export class SignatureIndex {
  private readonly slots: Int32Array;
  private readonly valid: Uint8Array;
  private readonly buckets: BandTable;
  private readonly hits: Int32Array;
  private readonly seenBy: Int32Array;
  private readonly touched: Int32Array;

  constructor(nodes: number) {
    this.slots = new Int32Array(nodes * SIGNATURE_SIZE);
    this.valid = new Uint8Array(nodes);
    this.hits = new Int32Array(nodes);
    this.seenBy = new Int32Array(nodes).fill(-1);
    this.touched = new Int32Array(nodes);
    // Not every node is indexed (only a few representatives per cluster), and common keys repeat.
    this.buckets = new BandTable(BUCKET_CAP, nodes * 16);
  }

  /** Stores a node's signature; a signature of the wrong length counts as no text at all. */
  setSignature(node: number, signature: readonly number[]): void {
    if (signature.length !== SIGNATURE_SIZE) return;
    const offset = node * SIGNATURE_SIZE;
    let anyText = false;
    for (let slot = 0; slot < SIGNATURE_SIZE; slot++) {
      const value = (signature[slot] as number) | 0;
      this.slots[offset + slot] = value;
      if (value !== EMPTY && slot < MINHASH_SLOTS) anyText = true;
    }
    this.valid[node] = anyText ? 1 : 0;
  }

  /** Estimated similarity of two stored signatures; 0 when either has no text. */
  similarity(a: number, b: number): number {
    if (this.valid[a] !== 1 || this.valid[b] !== 1) return 0;
    return similarityAt(this.slots, a * SIGNATURE_SIZE, this.slots, b * SIGNATURE_SIZE, EMPTY);
  }

  /** Their similarity when it may reach `minimum`, else -1 (decided early on part of the slots). */
  similarityAtLeast(a: number, b: number, minimum: number): number {
    if (this.valid[a] !== 1 || this.valid[b] !== 1) return -1;
    return similarityAtLeast(this.slots, a * SIGNATURE_SIZE, this.slots, b * SIGNATURE_SIZE, EMPTY, minimum);
  }

  /** Puts a node into the band buckets so later queries find it. */
  index(node: number): void {
    if (this.valid[node] !== 1) return;
    const offset = node * SIGNATURE_SIZE;
    for (let band = 0; band < BANDS; band++) {
      const key = this.keyAt(offset, band);
      if (key < 0) continue;
      this.buckets.add(key, node);
    }
  }

  /**
   * The indexed nodes sharing at least `minSharedBands` bands with `node`, in no particular
   * order. Counting shared bands first is cheap, and skips the nodes that share a band or two
   * by a common word pair.
   */
  candidates(node: number, minSharedBands: number): number[] {
    if (this.valid[node] !== 1) return [];
    const offset = node * SIGNATURE_SIZE;
    let touchedCount = 0;
    for (let band = 0; band < BANDS; band++) {
      const key = this.keyAt(offset, band);
      if (key < 0) continue;
      for (let entry = this.buckets.first(key); entry !== -1; entry = this.buckets.next(entry)) {
        const candidate = this.buckets.nodeOf(entry);
        if (this.seenBy[candidate] !== node) {
          this.seenBy[candidate] = node;
          this.hits[candidate] = 1;
          this.touched[touchedCount++] = candidate;
        } else {
          this.hits[candidate] = (this.hits[candidate] as number) + 1;
        }
      }
    }
    const found: number[] = [];
    for (let index = 0; index < touchedCount; index++) {
      const candidate = this.touched[index] as number;
      if ((this.hits[candidate] as number) >= minSharedBands) found.push(candidate);
    }
    return found;
  }

  /** The band's key, or -1 when a slot of it is empty: empty slots agree with every other empty text. */
  private keyAt(offset: number, band: number): number {
    const first = this.slots[offset + band * ROWS_PER_BAND] as number;
    const second = this.slots[offset + band * ROWS_PER_BAND + 1] as number;
    return first === EMPTY || second === EMPTY ? -1 : bandKey(first, second, band);
  }
}
