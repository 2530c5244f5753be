import { describe, expect, it } from 'vitest';
import { checkBrandSafety } from './check-brand-safety';

const noLists = { bannedWords: [], sensitiveTopics: [] };

describe('checkBrandSafety', () => {
  it('passes ordinary copy, including words that contain listed ones', () => {
    for (const text of [
      'Scunthorpe United assess their analysis of classic cocktails.',
      'Our team will kill it at the expo; the launch was da bomb.',
      'Grab a Dickens novel and a glass of Sussex cider.',
      'We shot a new video about therapists and Essex.',
    ]) {
      expect(checkBrandSafety(text, noLists)).toEqual({ safe: true, flags: [] });
    }
  });

  it('flags each built-in category with its term and a reason', () => {
    const verdict = checkBrandSafety('KYS, and watch our porn parody. White power! We will behead them.', noLists);
    expect(verdict.safe).toBe(false);
    expect(verdict.flags.map((flag) => [flag.category, flag.term])).toEqual([
      ['hate', 'white power'],
      ['harassment', 'kys'],
      ['sexual', 'porn'],
      ['violence', 'behead'],
    ]);
    for (const flag of verdict.flags) expect(flag.reason).toMatch(new RegExp(`"${flag.term}"`));
  });

  it('matches phrases across any whitespace and either apostrophe, case-insensitively', () => {
    expect(checkBrandSafety('you’re\nWORTHLESS', noLists).flags[0]?.term).toBe("you're worthless");
    expect(checkBrandSafety('Ｐｏｒｎ', noLists).safe).toBe(false); // full-width letters, NFKC-normalised
  });

  it('flags the brand’s banned words and sensitive topics, plurals too, once each', () => {
    const verdict = checkBrandSafety('Competitors hate our crypto tips. Crypto! Politics aside…', {
      bannedWords: ['competitor', '  '],
      sensitiveTopics: ['politics', 'crypto'],
    });
    expect(verdict.safe).toBe(false);
    expect(verdict.flags).toEqual([
      { category: 'banned_word', term: 'competitor', reason: 'Uses "competitor", which is on the brand\'s banned words list.' },
      { category: 'sensitive_topic', term: 'politics', reason: 'Touches "politics", which the brand marks as a sensitive topic.' },
      { category: 'sensitive_topic', term: 'crypto', reason: 'Touches "crypto", which the brand marks as a sensitive topic.' },
    ]);
  });

  it('is Unicode-aware: a brand term in another script matches whole words only', () => {
    const lists = { bannedWords: ['Ärger', 'C++'], sensitiveTopics: [] };
    expect(checkBrandSafety('Kein ÄRGER heute', lists).flags.map((flag) => flag.term)).toEqual(['Ärger']);
    expect(checkBrandSafety('Verärgert sind wir nicht', lists).safe).toBe(true);
    expect(checkBrandSafety('We love C++ and Rust', lists).flags.map((flag) => flag.term)).toEqual(['C++']);
  });
});
