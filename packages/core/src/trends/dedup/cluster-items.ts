import { SAME_IMAGE_MAX_DISTANCE } from './image-hash';
import { ImageIndex } from './image-index';
import { MIN_SHARED_BANDS, SignatureIndex } from './signature-index';
import { TrendUnionFind } from './union-find';

export interface ClusterInput {
  canonicalUrl: string | null;
  signature: number[];
  imageHash: string | null;
  /** Set when an exact key (source id or canonical URL) already belongs to a stored trend. */
  knownTrendId: string | null;
}

export interface KnownTrend {
  trendId: string;
  signature: number[];
  imageHashes: string[];
}

export interface Cluster {
  /** The stored trend these items join, null for a new trend. */
  trendId: string | null;
  itemIndexes: number[];
}

/** What decides that items tell one story; `DEFAULT_CLUSTER_THRESHOLDS` is measured on the labelled set. */
export interface ClusterThresholds {
  /** Estimated text similarity from which two items tell the same story. */
  sameStory: number;
  /** With the same picture, this much text similarity is enough. */
  sameImageText: number;
  /** A picture carried by more items than this is a logo or placeholder: it says nothing about the story. */
  genericImageItems: number;
  /**
   * Members per cluster that later items are compared with. A few cover the ways outlets word a
   * story; comparing with every member would let A–B–C–D chains drift into another story.
   */
  representatives: number;
}

/**
 * Chosen on the labelled set (pairwise precision 0.96, recall 0.86 with images): below 0.24,
 * near misses that share names and figures start to merge (0.22: precision 0.86); above, reworded
 * headlines fall apart (0.28: recall 0.75). Two representatives beat one (a second wording of
 * the story) and four (chains into neighbouring stories).
 */
export const DEFAULT_CLUSTER_THRESHOLDS: Readonly<ClusterThresholds> = {
  sameStory: 0.24,
  sameImageText: 0.07,
  genericImageItems: 6,
  representatives: 2,
};

function genericImages(items: readonly ClusterInput[], known: readonly KnownTrend[], limit: number): Set<string> {
  const counts = new Map<string, number>();
  const count = (hash: string) => counts.set(hash, (counts.get(hash) ?? 0) + 1);
  for (const item of items) if (item.imageHash !== null) count(item.imageHash.toLowerCase());
  for (const trend of known) for (const hash of new Set(trend.imageHashes.map((hash) => hash.toLowerCase()))) count(hash);
  return new Set([...counts].filter(([, carriers]) => carriers > limit).map(([hash]) => hash));
}

/**
 * Groups new trend items into stories, joining stored trends where they continue one. Items join
 * when they share a canonical URL or a stored trend's exact key, when their texts are alike
 * (LSH-banded MinHash, checked against each cluster's few representatives), or when they carry
 * the same picture and share some wording. Two stored trends are never merged. Every item index
 * is in exactly one cluster; clusters come in the order of their first item.
 */
export function clusterItems(items: ClusterInput[], known: KnownTrend[], thresholds: Readonly<ClusterThresholds> = DEFAULT_CLUSTER_THRESHOLDS): Cluster[] {
  const itemCount = items.length;
  // Nodes: items, then stored trends, then trends named by an item's knownTrendId but not in `known`.
  const trendNode = new Map<string, number>();
  const missingTrends = new Set<string>();
  for (const trend of known) trendNode.set(trend.trendId, -1);
  for (const item of items) if (item.knownTrendId !== null && !trendNode.has(item.knownTrendId)) missingTrends.add(item.knownTrendId);
  const nodeCount = itemCount + known.length + missingTrends.size;
  const sets = new TrendUnionFind(nodeCount);
  const texts = new SignatureIndex(nodeCount);
  const images = new ImageIndex();
  const generic = genericImages(items, known, thresholds.genericImageItems);
  const usableImage = (hash: string | null): hash is string => hash !== null && !generic.has(hash.toLowerCase());

  trendNode.clear();
  known.forEach((trend, offset) => {
    const node = itemCount + offset;
    sets.setTrend(node, trend.trendId);
    // A trend listed twice is one trend: its entries are one set.
    const earlier = trendNode.get(trend.trendId);
    if (earlier === undefined) trendNode.set(trend.trendId, node);
    else sets.union(earlier, node);
    texts.setSignature(node, trend.signature);
    texts.index(node);
    sets.addRepresentative(node);
    for (const hash of trend.imageHashes) if (usableImage(hash)) images.add(node, hash);
  });
  let nextNode = itemCount + known.length;
  for (const trendId of missingTrends) {
    sets.setTrend(nextNode, trendId);
    trendNode.set(trendId, nextNode++);
  }

  // Exact keys first: a stored trend's key, then the canonical URL (which joins unless it would merge two trends).
  const firstWithUrl = new Map<string, number>();
  items.forEach((item, index) => {
    texts.setSignature(index, item.signature);
    if (item.knownTrendId !== null) sets.union(index, trendNode.get(item.knownTrendId) as number);
  });
  items.forEach((item, index) => {
    if (item.canonicalUrl === null) return;
    const first = firstWithUrl.get(item.canonicalUrl);
    if (first === undefined) firstWithUrl.set(item.canonicalUrl, index);
    else sets.union(first, index);
  });

  for (let index = 0; index < itemCount; index++) {
    const item = items[index] as ClusterInput;
    const matches = textMatches(index, texts, sets, thresholds.sameStory);
    if (usableImage(item.imageHash)) matches.push(...imageMatches(index, item.imageHash, images, texts, sets, thresholds.sameImageText));
    // Only the best match that may join: joining every match would bridge neighbouring stories.
    matches.sort((a, b) => b.similarity - a.similarity);
    for (const match of matches) if (sets.union(index, match.node)) break;
    if (sets.representativesOf(index).length < thresholds.representatives) {
      texts.index(index);
      sets.addRepresentative(index);
    }
    if (usableImage(item.imageHash)) images.add(index, item.imageHash);
  }

  const clusterOfRoot = new Map<number, Cluster>();
  const clusters: Cluster[] = [];
  for (let index = 0; index < itemCount; index++) {
    const root = sets.find(index);
    let cluster = clusterOfRoot.get(root);
    if (cluster === undefined) {
      cluster = { trendId: sets.trendOf(root), itemIndexes: [] };
      clusterOfRoot.set(root, cluster);
      clusters.push(cluster);
    }
    cluster.itemIndexes.push(index);
  }
  return clusters;
}

interface Match {
  node: number;
  similarity: number;
}

/** Representatives of other clusters whose text is at least `minimum` similar. */
function textMatches(index: number, texts: SignatureIndex, sets: TrendUnionFind, minimum: number): Match[] {
  const root = sets.find(index);
  const matches: Match[] = [];
  for (const node of texts.candidates(index, MIN_SHARED_BANDS)) {
    if (sets.find(node) === root) continue;
    const similarity = texts.similarityAtLeast(index, node, minimum);
    if (similarity >= minimum) matches.push({ node, similarity });
  }
  return matches;
}

/** Items and trends of other clusters with the same picture and at least `minimum` text similarity. */
function imageMatches(index: number, hash: string, images: ImageIndex, texts: SignatureIndex, sets: TrendUnionFind, minimum: number): Match[] {
  const root = sets.find(index);
  const matches: Match[] = [];
  images.near(hash, SAME_IMAGE_MAX_DISTANCE, (node) => {
    if (sets.find(node) === root) return;
    const similarity = texts.similarity(index, node);
    if (similarity >= minimum) matches.push({ node, similarity });
  });
  return matches;
}
