import { expect, it } from 'vitest';
import twitterText from 'twitter-text';
import { RichText } from '@atproto/api';
import { parseXText } from './x-weighted-length';
import { extractXUrls } from './extract-x-urls';
import { detectBlueskyFacets } from './bluesky-facets';
import { graphemeLength } from './grapheme-length';
import { generateCorpus } from './testing/text-corpus';

it('compares', () => {
  const corpus = generateCorpus({ count: 3000, seed: Number(process.env.SEED ?? 1) });
  let bad = 0, badUrls = 0, badFacets = 0, badG = 0;
  for (const text of corpus) {
    const ref = twitterText.parseTweet(text);
    const mine = parseXText(text);
    if (ref.weightedLength !== mine.weightedLength || ref.valid !== mine.valid || ref.permillage !== mine.permillage || ref.validRangeEnd !== mine.validRange.end) {
      if (bad++ < 5) console.log('X', JSON.stringify(text), ref, mine);
    }
    const ru = JSON.stringify(twitterText.extractUrlsWithIndices(text));
    const mu = JSON.stringify(extractXUrls(text));
    if (ru !== mu && badUrls++ < 5) console.log('URL', JSON.stringify(text), ru, mu);
    const rt = new RichText({ text }); rt.detectFacetsWithoutResolution();
    const rf = JSON.stringify((rt.facets ?? []).map((f) => ({ index: f.index, features: f.features.map((x: any) => x.$type.endsWith('mention') ? { $type: x.$type, handle: x.did } : x) })));
    const mf = JSON.stringify(detectBlueskyFacets(text).map((f) => ({ index: f.index, features: f.features.map((x) => x.$type.endsWith('mention') ? { $type: x.$type, handle: (x as any).handle } : x) })));
    if (rf !== mf && badFacets++ < 5) console.log('F', JSON.stringify(text), rf, mf);
    if (rt.graphemeLength !== graphemeLength(text)) badG++;
  }
  console.log({ bad, badUrls, badFacets, badG });
  expect(bad + badUrls + badFacets + badG).toBe(0);
});
