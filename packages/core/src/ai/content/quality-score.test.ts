import { describe, expect, it } from 'vitest';
import { platformLimits } from '../../publishing/rules/platform-rules';
import { checkBrandSafety } from './check-brand-safety';
import { fitsLimitPart, hashtagsPart, noveltyPart, pillarAlignmentPart } from './quality-parts';
import { qualityWeights, scoreQuality, type QualityInput } from './quality-score';
import { readabilityScore, readingEase, syllableCount } from './readability';
import { brandVoice } from './testing/brand-voice';

const x = platformLimits('x');
const safe = { safe: true, flags: [] };

describe('quality parts', () => {
  it('fitsLimit: 1 within the limit as X counts it, at most 0.5 just over, 0 at 50 % over, 0 when empty', () => {
    expect(fitsLimitPart('a'.repeat(280), x)).toBe(1);
    expect(fitsLimitPart('日'.repeat(140), x)).toBe(1);
    expect(fitsLimitPart('日'.repeat(141), x)).toBeLessThanOrEqual(0.5);
    expect(fitsLimitPart('a'.repeat(350), x)).toBeCloseTo(0.25, 5);
    expect(fitsLimitPart('a'.repeat(420), x)).toBe(0);
    expect(fitsLimitPart('  ', x)).toBe(0);
  });

  it('fitsLimit counts Bluesky bytes too', () => {
    const bluesky = platformLimits('bluesky');
    expect(fitsLimitPart('😀'.repeat(300), bluesky)).toBe(1); // 300 graphemes, 1200 bytes
    expect(fitsLimitPart('👨‍👩‍👧‍👦'.repeat(200), bluesky)).toBeLessThanOrEqual(0.5); // 200 graphemes, 5000 bytes
  });

  it('pillarAlignment: the closest pillar wins; unrelated text scores low; no pillars is a neutral 0.5', () => {
    const pillars = ['Personal finance tips', 'Open banking', 'Small business cash flow'];
    const onPillar = pillarAlignmentPart('How open banking connects your bank to your invoicing tools', pillars);
    expect(onPillar.matchedPillar).toBe('Open banking');
    expect(onPillar.score).toBeGreaterThan(0.6);
    const offTopic = pillarAlignmentPart('Our office dog turned three today', pillars);
    expect(offTopic.score).toBeLessThan(0.3);
    expect(pillarAlignmentPart('anything', [])).toEqual({ score: 0.5, matchedPillar: null });
    expect(pillarAlignmentPart('anything', ['  '])).toEqual({ score: 0.5, matchedPillar: null });
  });

  it('readability: plain short sentences read easily, jargon does not, no prose is neutral', () => {
    expect(syllableCount('cat')).toBe(1);
    expect(syllableCount('banking')).toBe(2);
    expect(syllableCount('organization')).toBe(5);
    expect(readabilityScore('We ship on time. You get paid fast. That is the deal.')).toBe(1);
    expect(readabilityScore('Institutional interoperability necessitates comprehensive infrastructural standardization considerations.')).toBe(0);
    expect(readingEase('https://example.com #OpenBanking')).toBeNull();
    expect(readabilityScore('https://example.com #OpenBanking')).toBe(0.5);
  });

  it('hashtags: 1 within the platform’s usual range, 0.6 with none, lower above it, counted once', () => {
    expect(hashtagsPart('Post #One #Two', [], x)).toBe(1);
    expect(hashtagsPart('Post', [], x)).toBe(0.6);
    expect(hashtagsPart('Post #A #B #C #D #E', [], x)).toBe(0.5);
    expect(hashtagsPart('Post #One', ['#one', 'Two'], x)).toBe(1);
    expect(hashtagsPart('#A #B #C #D #E', [], platformLimits('mastodon'))).toBe(1);
    expect(hashtagsPart(Array.from({ length: 31 }, (_, index) => `#Tag${index}x`).join(' '), [], platformLimits('sandbox'))).toBe(0);
  });

  it('novelty: 1 without history, near 0 for a near-duplicate, high for a new subject; only the last 50 count', () => {
    const text = 'Three numbers every founder should know: runway, burn and days sales outstanding.';
    expect(noveltyPart(text, [])).toBe(1);
    expect(noveltyPart(text, ['Three numbers every founder should know: runway, burn, and days sales outstanding!'])).toBeLessThan(0.05);
    expect(noveltyPart(text, ['Our office dog turned three today and ate a sock.'])).toBeGreaterThan(0.7);
    const older = [...Array.from({ length: 50 }, (_, index) => `Unrelated note number ${index} about gardening`), text];
    expect(noveltyPart(text, older)).toBeGreaterThan(0.7);
  });
});

describe('scoreQuality', () => {
  const input = (overrides: Partial<QualityInput> = {}): QualityInput => ({
    text: 'Open banking lets your bank talk to your invoicing tool. Less copy and paste, faster month-end. #OpenBanking',
    hashtags: ['#OpenBanking'],
    limits: x,
    brand: brandVoice(),
    safety: safe,
    recentTexts: [],
    ...overrides,
  });

  it('weights sum to 1', () => {
    expect(Object.values(qualityWeights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 10);
  });

  it('is the weighted mean of its parts', () => {
    const result = scoreQuality(input());
    const keys = Object.keys(qualityWeights) as Array<keyof typeof qualityWeights>;
    const expected = keys.reduce((sum, key) => sum + result.parts[key] * qualityWeights[key], 0);
    expect(result.score).toBeCloseTo(expected, 2);
    expect(result.matchedPillar).toBe('Open banking');
    expect(result.score).toBeGreaterThan(0.9);
  });

  it('drops below the default auto-approve threshold when unsafe, too long or a repeat', () => {
    const unsafeText = 'Open banking is porn for accountants. #OpenBanking';
    expect(scoreQuality(input({ text: unsafeText, safety: checkBrandSafety(unsafeText, brandVoice()) })).score).toBeLessThan(0.9);
    expect(scoreQuality(input({ text: `${'Open banking '.repeat(30)}#OpenBanking` })).parts.fitsLimit).toBeLessThanOrEqual(0.5);
    expect(scoreQuality(input({ recentTexts: [input().text] })).score).toBeLessThan(0.9);
  });

  it('keeps every part in 0–1 on odd input', () => {
    for (const text of ['', '#a', '😀😀😀', 'https://example.com']) {
      const result = scoreQuality(input({ text, hashtags: [] }));
      for (const value of [result.score, ...Object.values(result.parts)]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });
});
