import { contrastRatio, MIN_TEXT_CONTRAST, parseHex, type Rgb } from './contrast';

/** Softer than pure black and white, used when no brand colour is readable. */
const NEAR_BLACK = '#111111';
const NEAR_WHITE = '#FAFAFA';

export interface TextColorChoice {
  color: string;
  contrast: number;
  /** `brand` when one of the brand's own colours was readable enough. */
  source: 'brand' | 'neutral';
}

const better = (background: Rgb, a: string, b: string) =>
  contrastRatio(parseHex(a), background) >= contrastRatio(parseHex(b), background) ? a : b;

/**
 * The text colour for `background`: the first brand candidate (in the order given, so the
 * brand's secondary colour wins over its accent) that reaches WCAG 4.5:1; otherwise near-black
 * or near-white, whichever contrasts more. For mid-tones even those can fall short (about 4.3:1
 * at worst), and then pure black or white is used: one of them always reaches 4.58:1.
 */
export function chooseTextColor(backgroundHex: string, brandCandidates: readonly string[]): TextColorChoice {
  const background = parseHex(backgroundHex);
  const ratio = (hex: string) => contrastRatio(parseHex(hex), background);
  const brand = brandCandidates.find((hex) => ratio(hex) >= MIN_TEXT_CONTRAST);
  if (brand) return { color: brand.toUpperCase(), contrast: ratio(brand), source: 'brand' };
  const soft = better(background, NEAR_BLACK, NEAR_WHITE);
  const color = ratio(soft) >= MIN_TEXT_CONTRAST ? soft : better(background, '#000000', '#FFFFFF');
  return { color, contrast: ratio(color), source: 'neutral' };
}
