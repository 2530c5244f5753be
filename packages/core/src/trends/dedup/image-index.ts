import { imageHashWords, isImageHash, wordsDistance } from './image-hash';

/** Entries kept per 16-bit chunk value; past this, the value is common enough to say nothing. */
const BUCKET_CAP = 64;
const CHUNKS = 4;

/**
 * Near-duplicate search over 64-bit image hashes (multi-index hashing): each hash is filed under
 * its four 16-bit chunks, and a query probes every chunk value within one bit. Two hashes at most
 * 7 bits apart always share a chunk within one bit (pigeonhole), so those are never missed;
 * farther pairs up to the threshold are usually found too. Chunk values address the bucket heads
 * directly (4 × 65,536 of them), the entries are linked lists in typed arrays.
 */
export class ImageIndex {
  private readonly heads = new Int32Array(CHUNKS << 16).fill(-1);
  private readonly counts = new Uint8Array(CHUNKS << 16);
  private nodes = new Int32Array(1024);
  private highs = new Int32Array(1024);
  private lows = new Int32Array(1024);
  private seenBy = new Int32Array(1024);
  /** Links of the chunk lists: entry × CHUNKS + chunk → the next entry in that list. */
  private links = new Int32Array(1024 * CHUNKS);
  private size = 0;
  private query = 0;

  add(node: number, hex: string): void {
    if (!isImageHash(hex)) return;
    const [high, low] = imageHashWords(hex);
    if (this.size === this.nodes.length) this.grow();
    const entry = this.size++;
    this.nodes[entry] = node;
    this.highs[entry] = high | 0;
    this.lows[entry] = low | 0;
    this.seenBy[entry] = 0;
    for (let chunk = 0; chunk < CHUNKS; chunk++) {
      const key = (chunk << 16) | chunkOf(high, low, chunk);
      if ((this.counts[key] as number) >= BUCKET_CAP) continue;
      this.counts[key] = (this.counts[key] as number) + 1;
      this.links[entry * CHUNKS + chunk] = this.heads[key] as number;
      this.heads[key] = entry;
    }
  }

  /** Calls `visit` for each filed hash within `maxDistance` bits of `hex` (a node may come once per hash it filed). */
  near(hex: string, maxDistance: number, visit: (node: number, distance: number) => void): void {
    if (!isImageHash(hex)) return;
    const [high, low] = imageHashWords(hex);
    const query = ++this.query;
    for (let chunk = 0; chunk < CHUNKS; chunk++) {
      const value = chunkOf(high, low, chunk);
      for (let flip = -1; flip < 16; flip++) {
        const probe = flip < 0 ? value : value ^ (1 << flip);
        for (let entry = this.heads[(chunk << 16) | probe] as number; entry !== -1; entry = this.links[entry * CHUNKS + chunk] as number) {
          if (this.seenBy[entry] === query) continue;
          this.seenBy[entry] = query;
          const distance = wordsDistance(high, low, this.highs[entry] as number, this.lows[entry] as number);
          if (distance <= maxDistance) visit(this.nodes[entry] as number, distance);
        }
      }
    }
  }

  private grow(): void {
    const grown = (old: Int32Array) => {
      const bigger = new Int32Array(old.length * 2);
      bigger.set(old);
      return bigger;
    };
    this.nodes = grown(this.nodes);
    this.highs = grown(this.highs);
    this.lows = grown(this.lows);
    this.seenBy = grown(this.seenBy);
    this.links = grown(this.links);
  }
}

function chunkOf(high: number, low: number, chunk: number): number {
  const word = chunk < 2 ? high : low;
  return chunk % 2 === 0 ? word >>> 16 : word & 0xffff;
}
