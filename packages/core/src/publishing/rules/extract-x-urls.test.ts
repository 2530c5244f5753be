import { describe, expect, it } from 'vitest';
import twitterText from 'twitter-text';
import { extractXUrls } from './extract-x-urls';
import { xExtractUrlSource, xInvalidCharsSource, xValidAsciiDomainSource, xValidTcoUrlSource } from './x-url-patterns';
import { generateCorpus } from './testing/text-corpus';
import { readConformance } from './testing/references';

describe('X URL patterns', () => {
  it('assemble to exactly the sources twitter-text compiles', () => {
    expect(xExtractUrlSource).toBe(twitterText.regexen.extractUrl.source);
    expect(xValidAsciiDomainSource).toBe(twitterText.regexen.validAsciiDomain.source);
    expect(xValidTcoUrlSource).toBe(twitterText.regexen.validTcoUrl.source);
    expect(xInvalidCharsSource).toBe(twitterText.regexen.invalidChars.source);
  });
});

describe('extractXUrls equals twitter-text extractUrlsWithIndices', () => {
  const corpus = generateCorpus({ count: 700, seed: 31 });

  it('with bare domains (X) on 700 corpus texts', () => {
    const differing = corpus.filter((text) => JSON.stringify(extractXUrls(text)) !== JSON.stringify(twitterText.extractUrlsWithIndices(text)));
    expect(differing).toEqual([]);
  });

  it('with protocol only (Mastodon) on the same texts', () => {
    const differing = corpus.filter(
      (text) =>
        JSON.stringify(extractXUrls(text, { withoutProtocol: false })) !==
        JSON.stringify(twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })),
    );
    expect(differing).toEqual([]);
  });
});

interface UrlCase {
  description: string;
  text: string;
  expected: string[] | Array<{ url: string; indices: [number, number] }>;
}

describe('twitter-text conformance (extract.yml)', () => {
  const conformance = readConformance<UrlCase>('extract.yml');
  const sections = ['urls', 'urls_with_indices', 'urls_with_directional_markers', 'tco_urls_with_params'];
  const cases = sections.flatMap((section) => (conformance.tests[section] ?? []).map((testCase) => [section, testCase.description, testCase] as const));

  it('has URL cases', () => expect(cases.length).toBeGreaterThan(100));
  it.each(cases)('%s: %s', (section, _description, testCase) => {
    const found = extractXUrls(testCase.text);
    const withIndices = section === 'urls_with_indices' || section === 'urls_with_directional_markers';
    expect(withIndices ? found : found.map((entity) => entity.url)).toEqual(testCase.expected);
  });
});
