/** The graphic layouts the template renderer draws, named as the API names them. */
export const graphicLayouts = ['card', 'square', 'portrait', 'story', 'carousel'] as const;
export type GraphicLayout = (typeof graphicLayouts)[number];

/** Encodings a rendered graphic can be stored as. */
export const graphicFormats = ['png', 'jpeg', 'webp'] as const;
export type GraphicFormat = (typeof graphicFormats)[number];

export const graphicMimeTypes: Record<GraphicFormat, 'image/png' | 'image/jpeg' | 'image/webp'> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/** Most frames one carousel request may render (the cover counts as one). */
export const MAX_CAROUSEL_FRAMES = 10;

/** A rectangle in pixels from the top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Font sizes (px) a text block may be set in; the fitter picks the largest that fits. */
export interface FontRange {
  min: number;
  max: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
}

/** Where everything sits on one layout; the renderer draws exactly this geometry. */
export interface LayoutGeometry {
  layout: GraphicLayout;
  width: number;
  height: number;
  /** Headline and body live inside this box and never leave it. */
  textBox: Box;
  /** The logo is fitted inside this corner box (aspect ratio kept). */
  logoBox: Box;
  /** A thin bar in the accent colour along the bottom edge, clear of the text. */
  accentBar: Box;
  headline: FontRange;
  body: FontRange;
  /** Gap between headline and body, px. */
  gap: number;
}

const sizes: Record<GraphicLayout, { width: number; height: number }> = {
  card: { width: 1200, height: 630 }, // link-card / X and LinkedIn landscape
  square: { width: 1080, height: 1080 },
  portrait: { width: 1080, height: 1350 }, // Instagram 4:5
  story: { width: 1080, height: 1920 }, // 9:16 stories and reels covers
  carousel: { width: 1080, height: 1350 }, // each carousel frame is a portrait
};

/**
 * The geometry of a layout. Margins scale with the shorter side; the logo sits top-left above
 * the text box, so text and logo never overlap; stories keep clear of the platform's own
 * chrome (profile row at the top, reply box at the bottom), about 250 px each way.
 */
export function layoutGeometry(layout: GraphicLayout): LayoutGeometry {
  const { width, height } = sizes[layout];
  const margin = Math.round(Math.min(width, height) * 0.07);
  const safeTop = layout === 'story' ? 250 : 0;
  const safeBottom = layout === 'story' ? 250 : 0;
  const logoSize = Math.round(Math.min(width, height) * 0.1);
  const logoBox: Box = { x: margin, y: margin + safeTop, width: logoSize, height: logoSize };
  const barHeight = Math.max(8, Math.round(height * 0.012));
  const accentBar: Box = { x: 0, y: height - barHeight, width, height: barHeight };
  const textTop = logoBox.y + logoBox.height + Math.round(margin * 0.6);
  const textBox: Box = {
    x: margin,
    y: textTop,
    width: width - 2 * margin,
    height: height - safeBottom - margin - barHeight - textTop,
  };
  const scale = Math.min(width, height) / 1080;
  return {
    layout,
    width,
    height,
    textBox,
    logoBox,
    accentBar,
    headline: { min: Math.max(24, Math.round(28 * scale)), max: layout === 'card' ? 76 : Math.round(110 * scale), lineHeight: 1.15 },
    body: { min: Math.max(20, Math.round(22 * scale)), max: Math.round(40 * scale), lineHeight: 1.35 },
    gap: Math.round(28 * scale),
  };
}
