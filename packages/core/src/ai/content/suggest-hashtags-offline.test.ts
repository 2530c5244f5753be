import { describe, expect, it } from 'vitest';
import { hashtagsIn, normalizeHashtag, toHashtag } from './hashtag-text';
import { keyPhrases } from './key-phrases';
import { suggestHashtagsOffline } from './suggest-hashtags-offline';
import { brandVoice } from './testing/brand-voice';

describe('keyPhrases', () => {
  it('finds runs of content words, longest and earliest first, skipping stop words, links and tags', () => {
    expect(keyPhrases('Why small businesses are switching to open banking APIs in 2025 https://x.com/a #Tag')).toEqual([
      'open banking APIs',
      'small businesses',
      'switching',
    ]);
    expect(keyPhrases('AI, regulation; and the EU')).toEqual(['AI', 'regulation', 'EU']);
    expect(keyPhrases('it is what it is')).toEqual([]);
    expect(keyPhrases('Künstliche Intelligenz für Mittelstand')).toEqual(['Künstliche Intelligenz für', 'Mittelstand']); // English stop words only; a long run is cut in threes
  });
});

describe('hashtag text', () => {
  it('builds CamelCase tags and normalises written ones', () => {
    expect(toHashtag('open banking APIs')).toBe('#OpenBankingAPIs');
    expect(toHashtag("founders' day-off")).toBe('#FoundersDayoff');
    expect(toHashtag('2025')).toBeNull();
    expect(toHashtag('a'.repeat(31))).toBeNull();
    expect(normalizeHashtag('ai')).toBe('#ai');
    expect(normalizeHashtag('##open-source!')).toBe('#opensource');
    expect(normalizeHashtag(' Open Banking ')).toBe('#OpenBanking');
    expect(hashtagsIn('Hi #One and #two, not a#three or #2025')).toEqual(['#One', '#two']);
  });
});

describe('suggestHashtagsOffline', () => {
  it('takes key phrases of the text, then pillars, then the industry, without tags already present', () => {
    const tags = suggestHashtagsOffline('Invoice automation for founders #InvoiceAutomation', brandVoice(), 5);
    expect(tags).toEqual(['#Founders', '#PersonalFinanceTips', '#OpenBanking', '#SmallBusinessCash', '#Fintech']);
  });

  it('returns at most count tags, none for zero, and nothing twice', () => {
    expect(suggestHashtagsOffline('Open banking', brandVoice(), 2)).toEqual(['#OpenBanking', '#PersonalFinanceTips']);
    expect(suggestHashtagsOffline('Open banking', brandVoice(), 0)).toEqual([]);
  });
});
