import { describe, expect, it } from 'vitest';
import { platforms } from '../../publishing/platforms';
import { platformLimits } from '../../publishing/rules/platform-rules';
import { fitMeasure } from '../../publishing/rules/thread-for-platform';
import { generateCorpus } from '../../publishing/rules/testing/text-corpus';
import { quickFitMeasure, segmentMeasure } from './segment-measure';

const texts = [
  ...generateCorpus({ count: 300, seed: 11 }),
  'Plain words. 1/5 and 2/5: fine!\n\n#Tag',
  'see example.com/x or http://a.co, mail me@a.io',
  'Tips.Now and a.b',
  'line\r\nbreak',
  'x:/y and a://b',
];

describe('quickFitMeasure', () => {
  it.each(platforms)('equals fitMeasure on %s for plain and special texts alike', (platform) => {
    const limits = platformLimits(platform);
    const quick = quickFitMeasure(limits);
    const exact = fitMeasure(limits);
    expect(texts.filter((text) => quick(text) !== exact(text))).toEqual([]);
  });
});

describe('segmentMeasure', () => {
  it.each(platforms)('never underestimates on %s', (platform) => {
    const limits = platformLimits(platform);
    const estimate = segmentMeasure(quickFitMeasure(limits));
    const exact = fitMeasure(limits);
    expect(texts.filter((text) => estimate(text) < exact(text))).toEqual([]);
  });
});
