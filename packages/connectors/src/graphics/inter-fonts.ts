import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { MeasureText } from '@socialseed/core/ai/graphics/fit-text';
import { readFontMetrics, type FontMetrics } from './font-metrics';

/** Inter's script subsets, most common first; a character is drawn with the first that has it. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext'] as const;
const WEIGHTS = { regular: 400, bold: 700 } as const;

export interface LoadedFont {
  name: 'Inter';
  weight: 400 | 700;
  style: 'normal';
  data: Buffer;
}

export interface InterFonts {
  /** For satori: every subset of both weights (satori falls back across fonts per character). */
  fonts: LoadedFont[];
  measure: MeasureText;
}

/** Width of characters no subset has (emoji, CJK): about a wide glyph, so the fit stays on the safe side. */
const MISSING_GLYPH_EM = 1;

/** Loads Inter from @fontsource/inter once; measuring uses the same files satori draws with. */
export function loadInterFonts(): InterFonts {
  const require = createRequire(import.meta.url);
  const fonts: LoadedFont[] = [];
  const metrics: Record<keyof typeof WEIGHTS, FontMetrics[]> = { regular: [], bold: [] };
  for (const [style, weight] of Object.entries(WEIGHTS) as Array<[keyof typeof WEIGHTS, 400 | 700]>) {
    for (const subset of SUBSETS) {
      const data = fs.readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`));
      fonts.push({ name: 'Inter', weight, style: 'normal', data });
      metrics[style].push(readFontMetrics(data));
    }
  }
  const cache = new Map<string, number>();
  const emWidth = (character: number, weight: keyof typeof WEIGHTS) => {
    const key = `${weight}:${character}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    let width = MISSING_GLYPH_EM;
    for (const font of metrics[weight]) {
      const advance = font.advance(character);
      if (advance !== null) {
        width = advance / font.unitsPerEm;
        break;
      }
    }
    cache.set(key, width);
    return width;
  };
  const measure: MeasureText = (text, fontSize, weight) => {
    let ems = 0;
    for (const character of text) ems += emWidth(character.codePointAt(0) ?? 0, weight);
    return ems * fontSize;
  };
  return { fonts, measure };
}
