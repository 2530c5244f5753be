/**
 * Disjoint sets over node numbers, where a set may belong to one stored trend: two sets of
 * different stored trends are never joined, so clustering can not merge trends the store keeps
 * apart. Each set also counts the representatives it has put into the similarity indexes.
 */
export class TrendUnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  private readonly representatives: number[][];
  private readonly trend: (string | null)[];

  constructor(nodes: number) {
    this.parent = Int32Array.from({ length: nodes }, (_, node) => node);
    this.size = new Int32Array(nodes).fill(1);
    this.representatives = Array.from({ length: nodes }, () => []);
    this.trend = new Array<string | null>(nodes).fill(null);
  }

  find(node: number): number {
    let root = node;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    // Path compression: later finds from anywhere on this path are one step.
    let current = node;
    while (current !== root) {
      const next = this.parent[current] as number;
      this.parent[current] = root;
      current = next;
    }
    return root;
  }

  trendOf(node: number): string | null {
    return this.trend[this.find(node)] ?? null;
  }

  setTrend(node: number, trendId: string): void {
    this.trend[this.find(node)] = trendId;
  }

  /** The members of the node's set that stand for it in similarity checks. */
  representativesOf(node: number): readonly number[] {
    return this.representatives[this.find(node)] as number[];
  }

  addRepresentative(node: number): void {
    (this.representatives[this.find(node)] as number[]).push(node);
  }

  /** Joins the sets of `a` and `b`; false (and nothing changes) when they belong to two different stored trends. */
  union(a: number, b: number): boolean {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return true;
    const trendA = this.trend[rootA] ?? null;
    const trendB = this.trend[rootB] ?? null;
    if (trendA !== null && trendB !== null && trendA !== trendB) return false;
    if ((this.size[rootA] as number) < (this.size[rootB] as number)) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA] = (this.size[rootA] as number) + (this.size[rootB] as number);
    (this.representatives[rootA] as number[]).push(...(this.representatives[rootB] as number[]));
    this.representatives[rootB] = [];
    this.trend[rootA] = trendA ?? trendB;
    return true;
  }
}
