import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url';
import { type ClusterInput, clusterItems } from './cluster-items';
import { evaluateDedup } from './evaluate-dedup';
import { labelledItems, PLACEHOLDER_IMAGE_SEED } from './labelled-set';
import { textSignature } from './minhash';
import { fakeImageHash } from './testing/fake-image-hash';

const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.85;

const inputs = (withImages: boolean): ClusterInput[] =>
  labelledItems.map((item) => ({
    canonicalUrl: item.url === null ? null : canonicalUrl(item.url),
    signature: textSignature(item.title, item.summary),
    imageHash: withImages && item.image !== null ? fakeImageHash(item.image) : null,
    knownTrendId: null,
  }));

describe('the labelled set', () => {
  it('has the cases dedup must get right', () => {
    const stories = new Set(labelledItems.map((item) => item.story));
    expect(labelledItems.length).toBeGreaterThanOrEqual(150);
    expect(stories.size).toBeGreaterThanOrEqual(50);
    const byUrl = new Map<string, Set<string>>();
    for (const item of labelledItems) {
      const url = item.url === null ? null : canonicalUrl(item.url);
      if (url !== null) byUrl.set(url, (byUrl.get(url) ?? new Set()).add(item.url as string));
    }
    expect([...byUrl.values()].filter((spellings) => spellings.size > 1).length).toBeGreaterThanOrEqual(5);
    const variants = new Set(labelledItems.flatMap((item) => (item.image === null ? [] : [item.image.variant])));
    expect(variants).toEqual(new Set(['original', 'resized', 'recompressed', 'cropped-small']));
    const placeholderStories = new Set(labelledItems.filter((item) => item.image?.seed === PLACEHOLDER_IMAGE_SEED).map((item) => item.story));
    expect(placeholderStories.size).toBeGreaterThanOrEqual(6);
  });
});

describe('dedup quality on the labelled set', () => {
  it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} with links, text and (stand-in) image hashes`, () => {
    const score = evaluateDedup(labelledItems, clusterItems(inputs(true), []));
    console.info(`dedup, links + text + images: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`, score.pairs);
    expect(score.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(score.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('stays precise on links and text alone', () => {
    const score = evaluateDedup(labelledItems, clusterItems(inputs(false), []));
    console.info(`dedup, links + text: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`, score.pairs);
    expect(score.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
