/** Int32s per table slot: the key and its first entry, side by side so a probe reads one cache line. */
const STRIDE = 2;

/**
 * A multimap from 30-bit band keys to node numbers, in typed arrays: open addressing for the
 * keys and linked lists for their nodes. The LSH index files every representative under dozens of keys; as Maps of arrays
 * that is millions of small objects for the garbage collector, here a few flat buffers that grow
 * by doubling.
 */
export class BandTable {
  private slots: Int32Array;
  /** Nodes filed per key, up to bucketCap (at most 255). */
  private counts: Uint8Array;
  private capacity: number;
  private used = 0;
  private entryNodes: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;

  /** `expectedKeys` sizes the table up front (it still grows past it); `bucketCap` bounds the nodes per key. */
  constructor(private readonly bucketCap: number, expectedKeys = 1 << 14) {
    if (bucketCap > 255) throw new RangeError('bucketCap is at most 255');
    this.capacity = 1 << Math.max(10, Math.ceil(Math.log2(expectedKeys * 2)));
    this.slots = new Int32Array(this.capacity * STRIDE).fill(-1);
    this.counts = new Uint8Array(this.capacity);
    this.entryNodes = new Int32Array(this.capacity / 2);
    this.entryNext = new Int32Array(this.capacity / 2);
  }

  /** Files `node` under `key` (a non-negative 30-bit integer) unless the key already holds bucketCap nodes. */
  add(key: number, node: number): void {
    if ((this.used + 1) * 2 > this.capacity) this.grow();
    const slot = this.find(key);
    const at = slot * STRIDE;
    if (this.slots[at] !== key) {
      this.slots[at] = key;
      this.slots[at + 1] = -1;
      this.counts[slot] = 0;
      this.used++;
    } else if ((this.counts[slot] as number) >= this.bucketCap) {
      return;
    }
    if (this.entries === this.entryNodes.length) this.growEntries();
    this.entryNodes[this.entries] = node;
    this.entryNext[this.entries] = this.slots[at + 1] as number;
    this.slots[at + 1] = this.entries++;
    this.counts[slot] = (this.counts[slot] as number) + 1;
  }

  /**
   * The first entry filed under `key`, or -1 when there is none or the key is full: a key that
   * bucketCap different clusters share is a pair of common words, and walking it would only cost
   * time. Walk on with `next` and read with `nodeOf`.
   */
  first(key: number): number {
    const slot = this.find(key);
    const at = slot * STRIDE;
    if (this.slots[at] !== key || (this.counts[slot] as number) >= this.bucketCap) return -1;
    return this.slots[at + 1] as number;
  }

  next(entry: number): number {
    return this.entryNext[entry] as number;
  }

  nodeOf(entry: number): number {
    return this.entryNodes[entry] as number;
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private find(key: number): number {
    const mask = this.capacity - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const stored = this.slots[slot * STRIDE] as number;
      if (stored === key || stored === -1) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldCounts = this.counts;
    this.capacity *= 2;
    this.slots = new Int32Array(this.capacity * STRIDE).fill(-1);
    this.counts = new Uint8Array(this.capacity);
    for (let slot = 0; slot < oldCounts.length; slot++) {
      const key = oldSlots[slot * STRIDE] as number;
      if (key === -1) continue;
      const moved = this.find(key);
      this.slots[moved * STRIDE] = key;
      this.slots[moved * STRIDE + 1] = oldSlots[slot * STRIDE + 1] as number;
      this.counts[moved] = oldCounts[slot] as number;
    }
  }

  private growEntries(): void {
    const nodes = new Int32Array(this.entryNodes.length * 2);
    nodes.set(this.entryNodes);
    this.entryNodes = nodes;
    const next = new Int32Array(this.entryNext.length * 2);
    next.set(this.entryNext);
    this.entryNext = next;
  }
}
