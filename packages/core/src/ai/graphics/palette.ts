import type { BrandRecord } from '../../brands/brand';
import { chooseTextColor } from './text-color';

/** The colours one graphic is drawn in, all 6-digit hex. */
export interface GraphicPalette {
  background: string;
  text: string;
  accent: string;
  /** WCAG contrast of `text` on `background`; at least 4.5. */
  contrast: number;
}

/** A calm slate palette for brands that have not chosen colours yet. */
const NEUTRAL = { primary: '#1F2937', secondary: '#F9FAFB', accent: '#9CA3AF' } as const;

/**
 * The brand's primary colour fills the background; the text is its secondary (or accent)
 * colour when that is readable on it, otherwise near-black or near-white; the accent colour
 * (or the secondary) draws the decorative bar, which carries no text.
 */
export function brandPalette(colors: BrandRecord['colors']): GraphicPalette {
  const { primary, secondary, accent } = colors ?? NEUTRAL;
  const text = chooseTextColor(primary, accent ? [secondary, accent] : [secondary]);
  return { background: primary.toUpperCase(), text: text.color, accent: (accent ?? secondary).toUpperCase(), contrast: text.contrast };
}
