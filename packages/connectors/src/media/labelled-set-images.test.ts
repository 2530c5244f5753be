import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '@socialseed/core/trends/dedup/canonical-url';
import { type ClusterInput, clusterItems } from '@socialseed/core/trends/dedup/cluster-items';
import { evaluateDedup } from '@socialseed/core/trends/dedup/evaluate-dedup';
import { hammingDistance, SAME_IMAGE_MAX_DISTANCE } from '@socialseed/core/trends/dedup/image-hash';
import { labelledItems } from '@socialseed/core/trends/dedup/labelled-set';
import { textSignature } from '@socialseed/core/trends/dedup/minhash';
import { createDhashImageHasher } from './dhash-image-hasher';
import { syntheticPhoto } from './testing/synthetic-photo';

describe('dedup quality on the labelled set with real image hashes', () => {
  it('reaches precision ≥ 0.95 and recall ≥ 0.85 with the labelled photos rendered and dHashed', async () => {
    const hasher = createDhashImageHasher();
    const hashes = new Map<string, string>();
    for (const { image } of labelledItems) {
      if (image === null) continue;
      const key = `${image.seed}/${image.variant}`;
      if (!hashes.has(key)) hashes.set(key, await hasher.hashBytes(await syntheticPhoto(image.seed, image.variant)));
    }
    const imageHash = (image: (typeof labelledItems)[number]['image']) => (image === null ? null : (hashes.get(`${image.seed}/${image.variant}`) as string));
    const inputs: ClusterInput[] = labelledItems.map((item) => ({
      canonicalUrl: item.url === null ? null : canonicalUrl(item.url),
      signature: textSignature(item.title, item.summary),
      imageHash: imageHash(item.image),
      knownTrendId: null,
    }));

    // The rendered photos behave as the labels say: variants of a seed match, different seeds do not.
    for (const a of labelledItems) {
      for (const b of labelledItems) {
        if (a.image === null || b.image === null) continue;
        const same = hammingDistance(imageHash(a.image) as string, imageHash(b.image) as string) <= SAME_IMAGE_MAX_DISTANCE;
        expect(same).toBe(a.image.seed === b.image.seed);
      }
    }

    const score = evaluateDedup(labelledItems, clusterItems(inputs, []));
    console.info(`dedup with real dHashes: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`, score.pairs);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
  }, 120_000);
});
