/** Runs at most `limit` tasks at a time; the others wait their turn, first come first served. */
export class ConcurrencyGate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, so `active` stays counted for it.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
