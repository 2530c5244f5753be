import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './delivery-policy';
import { rollUpPostStatus } from './roll-up-status';

describe('rollUpPostStatus', () => {
  it.each([
    [{ published: 3 }, 'published'],
    [{ published: 2, failed: 1 }, 'partially_failed'],
    [{ failed: 2 }, 'failed'],
    [{ published: 1, retrying: 1 }, 'publishing'],
    [{ verifying: 1 }, 'publishing'],
    [{ held: 1, published: 1 }, 'publishing'],
    [{ cancelled: 2 }, 'cancelled'],
    [{ published: 1, cancelled: 1 }, 'published'],
  ] as const)('%o → %s', (counts, status) => {
    expect(rollUpPostStatus(counts)).toBe(status);
  });

  it('has nothing to say about a post without targets', () => {
    expect(rollUpPostStatus({})).toBeNull();
  });
});

describe('retryDelayMs', () => {
  it('grows exponentially, is capped at ~15 minutes and spreads with jitter', () => {
    expect(retryDelayMs(1, () => 1)).toBe(6_000);
    expect(retryDelayMs(4, () => 1)).toBe(41_000);
    expect(retryDelayMs(30, () => 1)).toBe(901_000);
    expect(retryDelayMs(4, () => 0)).toBe(1_000);
  });
});
