import { describe, expect, it } from 'vitest';
import twitterText from 'twitter-text';
import { parseXText, xTextConfig, xWeightedLength } from './x-weighted-length';
import { xEmojiPatternSource } from './x-emoji-pattern';
import { generateCorpus, seededRandom } from './testing/text-corpus';
import { readConformance, requireFrom } from './testing/references';

const corpus = generateCorpus({ count: 700 });

function mismatches(texts: string[]): string[] {
  return texts.flatMap((text) => {
    const reference = twitterText.parseTweet(text);
    const ours = parseXText(text);
    const same =
      ours.weightedLength === reference.weightedLength &&
      ours.valid === reference.valid &&
      ours.permillage === reference.permillage &&
      ours.validRange.start === reference.validRangeStart &&
      ours.validRange.end === reference.validRangeEnd;
    return same ? [] : [`${JSON.stringify(text)}: ours ${JSON.stringify(ours)} vs ${JSON.stringify(reference)}`];
  });
}

describe('X weighted length equals twitter-text parseTweet', () => {
  it('on a seeded corpus of 700 varied texts', () => {
    expect(mismatches(corpus)).toEqual([]);
    // The corpus must keep exercising every branch, or equality proves little.
    const parsed = corpus.map((text) => twitterText.parseTweet(text));
    expect(parsed.filter((result) => result.valid).length).toBeGreaterThan(200);
    expect(parsed.filter((result) => result.weightedLength > 280).length).toBeGreaterThan(50);
    expect(corpus.filter((text) => twitterText.extractUrls(text).length > 0).length).toBeGreaterThan(300);
    expect(corpus.filter((text) => text.normalize() !== text).length).toBeGreaterThan(100);
  });

  it('on 3000 short texts glued from URL, emoji and script fragments', () => {
    const fragments = [
      'a', 'co', 'com', 'x', 't', '.', '.', '/', ':', '-', '_', '@', '#', '(', ')', '?', '=', '&', ' ', ' ', '\n', '1', 'é', 'ü',
      '日', 'ي', '😀', '👍', '🏽', '\u200D', '\uFE0F', '\u20E3', 'https://', 'www.', 'xn--', 't.co/', '\u202A', '\u3002', '.中国',
      '.рф', '\u0301', '\uD83C', '\uDDE9', '\uDDEA', '\uFEFF', '"', "'",
    ];
    const random = seededRandom(7);
    const texts = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 30) }, () => fragments[Math.floor(random() * fragments.length)]).join(''),
    );
    expect(mismatches(texts)).toEqual([]);
  });

  it('weighs every BMP code point and every emoji-block code point alone as the reference does', () => {
    const differing: string[] = [];
    const check = (codePoint: number) => {
      const text = String.fromCodePoint(codePoint);
      if (xWeightedLength(text) !== twitterText.parseTweet(text).weightedLength) differing.push(codePoint.toString(16));
    };
    for (let codePoint = 0; codePoint <= 0xffff; codePoint++) check(codePoint);
    for (let codePoint = 0x1f000; codePoint <= 0x1faff; codePoint++) check(codePoint);
    expect(differing).toEqual([]);
  });

  it('embeds the emoji pattern twitter-text actually loads', () => {
    const twemoji = requireFrom('twitter-text', 'twemoji-parser/dist/lib/regex') as { default: RegExp };
    expect(xEmojiPatternSource).toBe(twemoji.default.source);
  });

  it('counts the cases the issue names', () => {
    expect(xWeightedLength('Hello, world')).toBe(12);
    expect(xWeightedLength('日本語')).toBe(6);
    expect(xWeightedLength('👨‍👩‍👧‍👦')).toBe(2);
    expect(xWeightedLength('👍🏽 🇩🇪 1️⃣')).toBe(8);
    expect(xWeightedLength('read https://example.com/a/very/long/path?with=query')).toBe(28);
    expect(xWeightedLength('see example.com')).toBe(27);
    expect(parseXText('x'.repeat(280))).toMatchObject({ valid: true, permillage: 1000 });
    expect(parseXText('x'.repeat(281))).toMatchObject({ valid: false, validRange: { start: 0, end: 279 } });
    expect(parseXText('')).toMatchObject({ weightedLength: 0, valid: false });
  });
});

interface WeightedCase {
  description: string;
  text: string;
  expected: { weightedLength: number; valid: boolean; permillage: number; validRangeStart?: number; validRangeEnd?: number };
}

describe('twitter-text conformance (validate.yml)', () => {
  const conformance = readConformance<WeightedCase>('validate.yml');
  // WeightedTweetsCounterTest is the v2 rule (emoji weigh per code point); the other two are v3, X's current rule.
  const sections = [
    ['WeightedTweetsCounterTest', { ...xTextConfig, emojiParsingEnabled: false }],
    ['WeightedTweetsWithDiscountedEmojiCounterTest', xTextConfig],
    ['UnicodeDirectionalMarkerCounterTest', xTextConfig],
  ] as const;

  for (const [section, config] of sections) {
    const cases = conformance.tests[section] ?? [];
    it(`has cases in ${section}`, () => expect(cases.length).toBeGreaterThan(0));
    it.each(cases.map((testCase) => [testCase.description, testCase] as const))(`${section}: %s`, (_description, testCase) => {
      const ours = parseXText(testCase.text, config);
      const expected = testCase.expected;
      expect({ weightedLength: ours.weightedLength, valid: ours.valid, permillage: ours.permillage }).toEqual({
        weightedLength: expected.weightedLength,
        valid: expected.valid,
        permillage: expected.permillage,
      });
      if (expected.validRangeEnd !== undefined) expect(ours.validRange.end).toBe(expected.validRangeEnd);
    });
  }
});
