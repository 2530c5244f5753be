import type { GraphicFormat, GraphicLayout } from '../ai/graphics/layouts';
import type { GraphicPalette } from '../ai/graphics/palette';

/** One frame to draw: the layout's geometry (ai/graphics/layouts.ts) decides where everything goes. */
export interface GraphicSpec {
  layout: GraphicLayout;
  format: GraphicFormat;
  headline: string;
  body: string | null;
  palette: GraphicPalette;
  /** Logo image bytes (any format the renderer decodes), fitted into the layout's logo box. */
  logo: Buffer | null;
  /** Background image bytes, cover-fitted under a tint of the palette's background colour. */
  background: Buffer | null;
}

export interface RenderedGraphic {
  bytes: Buffer;
  mimeType: 'image/png' | 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
  /** WCAG contrast of the text against the worst background pixel it can sit on (≥ 4.5). */
  contrast: number;
  /** Font sizes the headline and body were fitted at, and whether either had to be cut. */
  headlineFontSize: number;
  bodyFontSize: number | null;
  truncated: boolean;
  /** Opacity of the brand tint over a background image; 1 when there is none. */
  overlayAlpha: number;
}

/**
 * Draws brand graphics from templates (satori + resvg + sharp in production:
 * packages/connectors/src/graphics). Always available, offline; deterministic for a given spec.
 */
export interface GraphicsRenderer {
  render(spec: GraphicSpec): Promise<RenderedGraphic>;
  /** Whether the bytes are an image the renderer can draw with (background or logo). */
  canDecode(bytes: Buffer): Promise<boolean>;
}
