/**
 * Keeps the best `capacity` items seen, in order (best first), by insertion into a short sorted
 * array: with k = 5 that beats a heap, and items that cannot make the cut cost one comparison.
 */
export class BoundedTopK<T> {
  private readonly items: T[] = [];

  /** `before(a, b)` is true when a ranks ahead of b; it must be a strict total order for a deterministic result. */
  constructor(
    private readonly capacity: number,
    private readonly before: (a: T, b: T) => boolean,
  ) {}

  /** Whether an item ranked like `probe` could still enter: lets callers skip building items that cannot. */
  wouldAccept(probe: T): boolean {
    if (this.capacity <= 0) return false;
    const last = this.items[this.items.length - 1];
    return this.items.length < this.capacity || last === undefined || this.before(probe, last);
  }

  offer(item: T): void {
    if (!this.wouldAccept(item)) return;
    let position = this.items.length;
    while (position > 0 && this.before(item, this.items[position - 1] as T)) position -= 1;
    this.items.splice(position, 0, item);
    if (this.items.length > this.capacity) this.items.pop();
  }

  /** Best first. */
  toArray(): T[] {
    return [...this.items];
  }
}
