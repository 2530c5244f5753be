import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST, parseHex } from '@socialseed/core/ai/graphics/contrast';
import { graphicLayouts, layoutGeometry, type GraphicLayout } from '@socialseed/core/ai/graphics/layouts';
import { brandPalette } from '@socialseed/core/ai/graphics/palette';
import type { GraphicSpec, GraphicsRenderer } from '@socialseed/core/ports/graphics-renderer';
import { changedBounds, coloursIn, decodePixels, within } from './pixel-checks';
import { createTemplateGraphicsRenderer } from './template-renderer';

/** Rendered images land here for a person to look at (git-ignored). */
const OUTPUT_DIR = path.resolve(import.meta.dirname, '../../../../test-output/graphics');

const brands = {
  light: { primary: '#FDF6E3', secondary: '#FFD166', accent: '#EF476F' }, // pale cream: the yellow is unreadable on it
  dark: { primary: '#0B1F3A', secondary: '#F4D35E', accent: '#EE964B' },
  mid: { primary: '#3A86A8', secondary: '#7FB7BE', accent: '#F25F5C' }, // mid-tone: neither brand colour reaches 4.5
} as const;

const HEADLINE = 'Five habits that make small teams ship faster';
const BODY = 'What we learned from a year of weekly releases, and the checklist we use every Friday.';
const LONG_HEADLINE = 'Quarterly results are in: revenue grew by thirty-two percent, churn fell to an all-time low, and our community doubled — here is everything we learned along the way and what comes next for all of us this year';

let renderer: GraphicsRenderer;
beforeAll(() => {
  renderer = createTemplateGraphicsRenderer();
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
});

const spec = (layout: GraphicLayout, colors: (typeof brands)[keyof typeof brands], overrides: Partial<GraphicSpec> = {}): GraphicSpec => ({
  layout,
  format: 'png',
  headline: HEADLINE,
  body: BODY,
  palette: brandPalette(colors),
  logo: null,
  background: null,
  ...overrides,
});

const save = (name: string, bytes: Buffer) => fs.writeFileSync(path.join(OUTPUT_DIR, name), bytes);

/** A busy photo stand-in: bright and dark stripes with a gradient, so no single tint hides it by accident. */
async function stripedPhoto(width: number, height: number): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 3;
      const stripe = Math.floor(x / 40) % 2 === 0;
      data[at] = stripe ? 255 : Math.round((x / width) * 255);
      data[at + 1] = stripe ? 255 : Math.round((y / height) * 255);
      data[at + 2] = stripe ? 255 : 20;
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } }).jpeg().toBuffer();
}

describe('template renderer: every layout × light, dark and mid-tone brands', () => {
  for (const layout of graphicLayouts) {
    for (const [tone, colors] of Object.entries(brands)) {
      it(`${layout} on a ${tone} brand: right size, readable, text inside its box`, async () => {
        const geometry = layoutGeometry(layout);
        const withText = await renderer.render(spec(layout, colors));
        const withoutText = await renderer.render(spec(layout, colors, { headline: '', body: null }));
        save(`${layout}-${tone}.png`, withText.bytes);

        const metadata = await sharp(withText.bytes).metadata();
        expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', geometry.width, geometry.height]);
        expect(withText.contrast).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);

        const drawn = await decodePixels(withText.bytes);
        const blank = await decodePixels(withoutText.bytes);
        const textBounds = changedBounds(drawn, blank);
        expect(textBounds).not.toBeNull();
        if (!textBounds) return;
        expect(within(textBounds, geometry.textBox), `text at ${JSON.stringify(textBounds)} leaves ${JSON.stringify(geometry.textBox)}`).toBe(true);
        // The text colour against every background pixel it sits on, read from the render itself.
        const text = parseHex(brandPalette(colors).text);
        const worst = Math.min(...coloursIn(blank, geometry.textBox).map((colour) => contrastRatio(text, colour)));
        expect(worst).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      });
    }
  }
});

describe('headline fitting', () => {
  it('sets a 200-character headline smaller than a short one, whole and inside the box, on every layout', async () => {
    expect(LONG_HEADLINE.length).toBeGreaterThanOrEqual(200);
    for (const layout of graphicLayouts) {
      const geometry = layoutGeometry(layout);
      const short = await renderer.render(spec(layout, brands.dark, { headline: 'Ship it', body: null }));
      const long = await renderer.render(spec(layout, brands.dark, { headline: LONG_HEADLINE }));
      const blank = await renderer.render(spec(layout, brands.dark, { headline: '', body: null }));
      save(`${layout}-long-headline.png`, long.bytes);
      expect(long.headlineFontSize).toBeLessThan(short.headlineFontSize);
      expect(short.headlineFontSize).toBe(geometry.headline.max);
      expect(long.truncated).toBe(false);
      const bounds = changedBounds(await decodePixels(long.bytes), await decodePixels(blank.bytes));
      expect(bounds && within(bounds, geometry.textBox), `${layout}: ${JSON.stringify(bounds)} vs ${JSON.stringify(geometry.textBox)}`).toBe(true);
    }
  });

  it('cuts text that cannot fit even at the smallest size with an ellipsis instead of overflowing', async () => {
    const geometry = layoutGeometry('card');
    const huge = Array.from({ length: 400 }, (_, index) => `word${index}`).join(' ');
    const rendered = await renderer.render(spec('card', brands.mid, { headline: huge, body: huge }));
    const blank = await renderer.render(spec('card', brands.mid, { headline: '', body: null }));
    save('card-truncated.png', rendered.bytes);
    expect(rendered.truncated).toBe(true);
    const bounds = changedBounds(await decodePixels(rendered.bytes), await decodePixels(blank.bytes));
    expect(bounds && within(bounds, geometry.textBox)).toBe(true);
  });

  it('breaks a single word wider than the box instead of letting it run out', async () => {
    const geometry = layoutGeometry('square');
    const rendered = await renderer.render(spec('square', brands.light, { headline: 'Supercalifragilisticexpialidocious'.repeat(3), body: null }));
    const blank = await renderer.render(spec('square', brands.light, { headline: '', body: null }));
    save('square-long-word.png', rendered.bytes);
    const bounds = changedBounds(await decodePixels(rendered.bytes), await decodePixels(blank.bytes));
    expect(bounds && within(bounds, geometry.textBox)).toBe(true);
  });
});

describe('background images, logos and formats', () => {
  it('tints a busy background just enough that the text still reaches 4.5:1 on its worst pixel', async () => {
    for (const layout of ['card', 'story'] as const) {
      const geometry = layoutGeometry(layout);
      const photo = await stripedPhoto(900, 700); // another aspect ratio: cover-fit must crop, not stretch
      const rendered = await renderer.render(spec(layout, brands.dark, { background: photo }));
      const blank = await renderer.render(spec(layout, brands.dark, { background: photo, headline: '', body: null }));
      save(`${layout}-background.png`, rendered.bytes);
      expect(rendered.overlayAlpha).toBeGreaterThan(0);
      expect(rendered.overlayAlpha).toBeLessThan(1);
      const text = parseHex(brandPalette(brands.dark).text);
      const worst = Math.min(...coloursIn(await decodePixels(blank.bytes), geometry.textBox).map((colour) => contrastRatio(text, colour)));
      expect(worst).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      // The photo still shows: the tinted canvas is not one flat colour.
      expect(coloursIn(await decodePixels(blank.bytes), geometry.textBox).length).toBeGreaterThan(10);
    }
  });

  it('places the logo inside its corner box, aspect ratio kept', async () => {
    const geometry = layoutGeometry('portrait');
    const logo = await sharp({ create: { width: 300, height: 100, channels: 4, background: '#E63946' } }).png().toBuffer();
    const rendered = await renderer.render(spec('portrait', brands.dark, { logo }));
    const plain = await renderer.render(spec('portrait', brands.dark));
    save('portrait-logo.png', rendered.bytes);
    const bounds = changedBounds(await decodePixels(rendered.bytes), await decodePixels(plain.bytes));
    expect(bounds && within(bounds, geometry.logoBox)).toBe(true);
    expect(bounds?.width).toBe(geometry.logoBox.width);
    expect(bounds?.height).toBe(Math.round(geometry.logoBox.width / 3));
  });

  it('draws without a logo that cannot be decoded', async () => {
    const rendered = await renderer.render(spec('square', brands.dark, { logo: Buffer.from('not an image') }));
    expect((await sharp(rendered.bytes).metadata()).width).toBe(1080);
  });

  it('encodes JPEG and WebP at the layout size', async () => {
    for (const format of ['jpeg', 'webp'] as const) {
      const rendered = await renderer.render(spec('story', brands.light, { format }));
      save(`story-light.${format === 'jpeg' ? 'jpg' : 'webp'}`, rendered.bytes);
      const metadata = await sharp(rendered.bytes).metadata();
      expect([metadata.format, metadata.width, metadata.height, rendered.mimeType]).toEqual([format, 1080, 1920, `image/${format}`]);
    }
  });

  it('tells decodable images from other bytes', async () => {
    expect(await renderer.canDecode(await stripedPhoto(10, 10))).toBe(true);
    expect(await renderer.canDecode(Buffer.from('<svg/>'))).toBe(false);
  });
});
