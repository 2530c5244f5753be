import { it } from 'vitest';
import twitterText from 'twitter-text';
import { RichText } from '@atproto/api';
import { parseXText } from './x-weighted-length';
import { detectBlueskyFacets } from './bluesky-facets';
import { generateCorpus } from './testing/text-corpus';

it('times', () => {
  const corpus = generateCorpus({ count: 3000 });
  let t = performance.now(); for (const x of corpus) parseXText(x); console.log('mine x', performance.now() - t);
  t = performance.now(); for (const x of corpus) twitterText.parseTweet(x); console.log('ref x', performance.now() - t);
  t = performance.now(); for (const x of corpus) detectBlueskyFacets(x); console.log('mine b', performance.now() - t);
  t = performance.now(); for (const x of corpus) { const r = new RichText({ text: x }); r.detectFacetsWithoutResolution(); } console.log('ref b', performance.now() - t);
  const stats = { urls: 0, emoji: 0, invalid: 0, over: 0, facets: 0, mentions: 0, tags: 0, links: 0, nfc: 0, lens: [] as number[] };
  for (const x of corpus) { const p = twitterText.parseTweet(x); if (!p.valid) stats.invalid++; if (p.weightedLength > 280) stats.over++; if (twitterText.extractUrls(x).length) stats.urls++; if (x.normalize() !== x) stats.nfc++;
    const f = detectBlueskyFacets(x); stats.facets += f.length; for (const g of f) { const ty = g.features[0]!.$type; if (ty.endsWith('mention')) stats.mentions++; else if (ty.endsWith('tag')) stats.tags++; else stats.links++; } }
  console.log(stats, corpus.slice(0, 3));
});
