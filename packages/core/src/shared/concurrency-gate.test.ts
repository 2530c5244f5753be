import { describe, expect, it } from 'vitest';
import { ConcurrencyGate } from './concurrency-gate';

describe('ConcurrencyGate', () => {
  it('never runs more than its limit at once, runs every task, in arrival order, and passes failures through', async () => {
    const gate = new ConcurrencyGate(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (index: number) => async () => {
      started.push(index);
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      if (index === 3) throw new Error('task 3 failed');
      return index;
    };
    const results = await Promise.allSettled(Array.from({ length: 7 }, (_, index) => gate.run(task(index))));
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : 'failed'))).toEqual([0, 1, 2, 'failed', 4, 5, 6]);
    // The gate is free again afterwards.
    await expect(gate.run(async () => 'after')).resolves.toBe('after');
  });
});
