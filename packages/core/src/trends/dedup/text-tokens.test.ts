import { describe, expect, it } from 'vitest';
import { dedupTokens, isTitleCase, properNounTokens, stem } from './text-tokens';

describe('dedupTokens', () => {
  it('lower-cases, drops stop words and one-character tokens, keeps numbers', () => {
    expect(dedupTokens('The iPhone 17 is a phone of 2025, and X')).toEqual(['iphon', '17', 'phon', '2025']);
  });

  it('brings the forms of a word together', () => {
    const forms = ['unveils', 'unveiled', 'unveiling', 'unveil'].map((word) => dedupTokens(word));
    expect(new Set(forms.map((tokens) => tokens.join()))).toEqual(new Set([forms[0]?.join()]));
    expect(dedupTokens('companies company')).toEqual(['company', 'company']);
    expect(dedupTokens('stopped stopping stop')).toEqual(['stop', 'stop', 'stop']);
  });

  it('folds headline synonyms', () => {
    expect(dedupTokens('reveals')).toEqual(dedupTokens('unveiled'));
    expect(dedupTokens('plunges')).toEqual(dedupTokens('tumbled'));
    expect(dedupTokens('earthquake')).toEqual(dedupTokens('quake'));
    // rise and fall are opposite stories, never one token
    expect(dedupTokens('rises')).not.toEqual(dedupTokens('falls'));
  });

  it('reads numbers as outlets write them', () => {
    expect(dedupTokens('2,000 and 2000')).toEqual(['2000', '2000']);
    expect(dedupTokens('4.5% not 45')).toEqual(['4.5', '45']);
    expect(dedupTokens('$120k')).toEqual(dedupTokens('$120,000'));
    expect(dedupTokens('$39.3B')).toEqual(dedupTokens('$39.3 billion'));
    expect(dedupTokens('won 3-0, lost 103–91')).toEqual(['win', '3-0', 'lost', '103-91']);
  });

  it('splits on any script and folds Latin accents', () => {
    expect(dedupTokens('Café Müller – Zürich')).toEqual(dedupTokens('cafe muller zurich'));
    expect(dedupTokens('Привет мир')).toEqual(['привет', 'мир']);
    expect(dedupTokens('東京地震')).toEqual(['東京', '京地', '地震']);
    expect(dedupTokens("Apple's U.S. sales")).toEqual(['appl', 'us', 'sal']);
  });

  it('is empty for text without words', () => {
    expect(dedupTokens('')).toEqual([]);
    expect(dedupTokens('🔥 — !!! a I')).toEqual([]);
  });
});

describe('stem', () => {
  it('leaves short words and false plurals alone', () => {
    expect(stem('news')).toBe('news');
    expect(stem('bus')).toBe('bus');
    expect(stem('crisis')).toBe('crisis');
  });
});

describe('names', () => {
  it('finds capitalised words that do not start a sentence', () => {
    expect(properNounTokens('Shares of Apple fell. Analysts cited China.')).toEqual(new Set(['appl', 'china']));
  });

  it('tells title case from sentence case', () => {
    expect(isTitleCase('Apple Unveils New iPhone With Thinner Design')).toBe(true);
    expect(isTitleCase('Apple unveils new iPhone with thinner design')).toBe(false);
  });
});
