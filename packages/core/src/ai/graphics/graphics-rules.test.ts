import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST, mix, parseHex, toHex } from './contrast';
import { fitText, wrapText, type MeasureText } from './fit-text';
import { graphicLayouts, layoutGeometry } from './layouts';
import { planOverlay } from './overlay';
import { brandPalette } from './palette';
import { chooseTextColor } from './text-color';

/** Every character half an em wide: easy to reason about in tests. */
const halfEm: MeasureText = (text, fontSize) => [...text].length * fontSize * 0.5;

describe('WCAG contrast', () => {
  it('matches the reference values', () => {
    expect(contrastRatio(parseHex('#000000'), parseHex('#FFFFFF'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#777777'), parseHex('#FFFFFF'))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseHex('#FFFFFF'), parseHex('#FFFFFF'))).toBe(1);
    expect(toHex(parseHex('#0b1f3a'))).toBe('#0B1F3A');
  });
});

describe('text colour', () => {
  it('keeps a readable brand colour, preferring the secondary over the accent', () => {
    expect(chooseTextColor('#0B1F3A', ['#F4D35E', '#FFFFFF'])).toMatchObject({ color: '#F4D35E', source: 'brand' });
    expect(chooseTextColor('#0B1F3A', ['#1A2B3C', '#FFFFFF'])).toMatchObject({ color: '#FFFFFF', source: 'brand' });
  });

  it('falls back to near-black or near-white, and to pure black or white for the hardest mid-tones', () => {
    expect(chooseTextColor('#FDF6E3', ['#FFD166'])).toMatchObject({ color: '#111111', source: 'neutral' });
    expect(chooseTextColor('#0B1F3A', ['#1A2B3C'])).toMatchObject({ color: '#FAFAFA', source: 'neutral' });
    expect(['#000000', '#FFFFFF']).toContain(chooseTextColor('#767676', ['#7A7A7A']).color);
  });

  it('reaches 4.5:1 on every background in a sweep of 4,096 colours', () => {
    const failures: string[] = [];
    for (let value = 0; value < 0x1000000; value += 0x1001) {
      const background = `#${value.toString(16).padStart(6, '0')}`;
      const choice = chooseTextColor(background, ['#808080']);
      if (choice.contrast < MIN_TEXT_CONTRAST || contrastRatio(parseHex(choice.color), parseHex(background)) < MIN_TEXT_CONTRAST) failures.push(background);
    }
    expect(failures).toEqual([]);
  });

  it('gives brands without colours a readable neutral palette', () => {
    const palette = brandPalette(null);
    expect(palette.contrast).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });
});

describe('background overlay', () => {
  it('tints just enough for the worst pixel and never less than needed', () => {
    const text = parseHex('#F4D35E');
    const overlay = parseHex('#0B1F3A');
    const pixels = { min: parseHex('#000000'), max: parseHex('#FFFFFF') };
    const plan = planOverlay(text, overlay, pixels);
    expect(plan.contrast).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio(text, mix(overlay, pixels.max, plan.alpha))).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio(text, mix(overlay, pixels.max, plan.alpha - 0.05))).toBeLessThan(MIN_TEXT_CONTRAST + 0.1);
    expect(planOverlay(text, overlay, { min: overlay, max: overlay }).alpha).toBe(0);
  });
});

describe('fitting text', () => {
  it('wraps at spaces and breaks words wider than the line', () => {
    expect(wrapText('aa bb cc', 50, 20, 'bold', halfEm)).toEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefghij', 50, 20, 'bold', halfEm)).toEqual(['abcde', 'fghij']);
  });

  it('picks the largest size that fits and shrinks longer headlines, on every layout', () => {
    for (const layout of graphicLayouts) {
      const geometry = layoutGeometry(layout);
      const spec = { box: geometry.textBox, headlineFont: geometry.headline, bodyFont: geometry.body, gap: geometry.gap, measure: halfEm, body: null };
      const short = fitText({ ...spec, headline: 'Ship it' });
      const long = fitText({ ...spec, headline: 'word '.repeat(40) });
      expect(short.headline.fontSize).toBe(geometry.headline.max);
      expect(long.headline.fontSize).toBeLessThan(short.headline.fontSize);
      expect(long.headline.truncated).toBe(false);
      expect(long.height).toBeLessThanOrEqual(geometry.textBox.height);
      // One pixel larger would not have fitted.
      const larger = long.headline.fontSize + 1;
      const linesAtLarger = wrapText('word '.repeat(40), geometry.textBox.width * 0.96, larger, 'bold', halfEm).length;
      expect(linesAtLarger * larger * geometry.headline.lineHeight).toBeGreaterThan(geometry.textBox.height);
    }
  });

  it('cuts with an ellipsis what cannot fit at the smallest size', () => {
    const geometry = layoutGeometry('card');
    const fit = fitText({ headline: 'x '.repeat(5000), body: 'y '.repeat(5000), box: geometry.textBox, headlineFont: geometry.headline, bodyFont: geometry.body, gap: geometry.gap, measure: halfEm });
    expect(fit.headline.truncated).toBe(true);
    expect(fit.headline.lines.at(-1)?.endsWith('…')).toBe(true);
    expect(fit.height).toBeLessThanOrEqual(geometry.textBox.height);
  });
});
