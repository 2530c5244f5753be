import type { Cluster } from './cluster-items';

export interface DedupPairCounts {
  /** Pairs of items put in one cluster. */
  clustered: number;
  /** Clustered pairs that report the same story. */
  correct: number;
  /** Pairs of items that report the same story. */
  sameStory: number;
}

export interface DedupScore {
  /** correct / clustered; 1 when nothing was clustered. */
  precision: number;
  /** correct / sameStory; 1 when no two items share a story. */
  recall: number;
  pairs: DedupPairCounts;
}

const pairsAmong = (count: number) => (count * (count - 1)) / 2;

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * Pairwise precision and recall of a clustering against story labels. Pairs rather than whole
 * clusters, so one stray item in a big cluster costs in proportion to the pairs it spoils.
 */
export function evaluateDedup(items: ReadonlyArray<{ story: string }>, clusters: readonly Cluster[]): DedupScore {
  let clustered = 0;
  let correct = 0;
  for (const cluster of clusters) {
    clustered += pairsAmong(cluster.itemIndexes.length);
    const stories = countBy(cluster.itemIndexes.map((index) => {
      const item = items[index];
      if (item === undefined) throw new RangeError(`Cluster names item ${index}, but there are ${items.length} items`);
      return item.story;
    }));
    for (const count of stories.values()) correct += pairsAmong(count);
  }
  let sameStory = 0;
  for (const count of countBy(items.map((item) => item.story)).values()) sameStory += pairsAmong(count);
  return {
    precision: clustered === 0 ? 1 : correct / clustered,
    recall: sameStory === 0 ? 1 : correct / sameStory,
    pairs: { clustered, correct, sameStory },
  };
}
