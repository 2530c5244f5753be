import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp, { type OverlayOptions, type Sharp } from 'sharp';
import { fitText } from '@socialseed/core/ai/graphics/fit-text';
import { graphicMimeTypes, layoutGeometry, type Box, type GraphicFormat, type LayoutGeometry } from '@socialseed/core/ai/graphics/layouts';
import { parseHex } from '@socialseed/core/ai/graphics/contrast';
import { planOverlay } from '@socialseed/core/ai/graphics/overlay';
import type { GraphicSpec, GraphicsRenderer, RenderedGraphic } from '@socialseed/core/ports/graphics-renderer';
import { graphicElement } from './graphic-element';
import { loadInterFonts } from './inter-fonts';

interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
}

const raw = (image: RawImage) => ({ raw: { width: image.width, height: image.height, channels: image.channels } });

/** The background image cover-fitted to the canvas, opaque, as raw RGB. */
async function coverFit(bytes: Buffer, geometry: LayoutGeometry): Promise<RawImage> {
  const { data, info } = await sharp(bytes).autoOrient().resize(geometry.width, geometry.height, { fit: 'cover' }).flatten({ background: '#000000' }).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 };
}

/** Per-channel extremes of the pixels under the text box: the worst colours the text can land on. */
async function pixelRange(image: RawImage, box: Box) {
  const stats = await sharp(image.data, raw(image)).extract({ left: box.x, top: box.y, width: box.width, height: box.height }).stats();
  const [r, g, b] = stats.channels;
  if (!r || !g || !b) throw new Error('background has fewer than three channels');
  return { min: { r: r.min, g: g.min, b: b.min }, max: { r: r.max, g: g.max, b: b.max } };
}

/** The logo fitted inside its corner box, left-aligned and vertically centred; null when it cannot be decoded. */
async function placedLogo(bytes: Buffer, box: Box): Promise<OverlayOptions | null> {
  try {
    const { data, info } = await sharp(bytes).autoOrient().resize(box.width, box.height, { fit: 'inside' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return { input: data, raw: { width: info.width, height: info.height, channels: 4 }, left: box.x, top: box.y + Math.floor((box.height - info.height) / 2) };
  } catch {
    return null; // a damaged logo must not stop the graphic; it is drawn without one
  }
}

function encode(image: Sharp, format: GraphicFormat): Sharp {
  if (format === 'jpeg') return image.flatten({ background: '#ffffff' }).jpeg({ quality: 90, mozjpeg: true });
  if (format === 'webp') return image.webp({ quality: 90 });
  // Flat colours and text compress well at a low level; higher levels cost time, not bytes.
  return image.png({ compressionLevel: 3, adaptiveFiltering: false });
}

const rgba = (hex: string, alpha: number) => {
  const { r, g, b } = parseHex(hex);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
};

/**
 * The offline template renderer: satori lays out the text layer with Inter, resvg rasterises
 * it, sharp cover-fits the background, composites text layer and logo, and encodes. Create it
 * once (fonts are read and parsed at creation) and call `render` as often as needed.
 */
export function createTemplateGraphicsRenderer(): GraphicsRenderer {
  const { fonts, measure } = loadInterFonts();
  return {
    async canDecode(bytes) {
      try {
        // Decode every pixel (into a tiny thumbnail): a valid header over damaged data must fail here, not mid-render.
        await sharp(bytes).resize(8, 8, { fit: 'fill' }).raw().toBuffer();
        return true;
      } catch {
        return false;
      }
    },

    async render(spec: GraphicSpec): Promise<RenderedGraphic> {
      const geometry = layoutGeometry(spec.layout);
      const fit = fitText({ headline: spec.headline, body: spec.body, box: geometry.textBox, headlineFont: geometry.headline, bodyFont: geometry.body, gap: geometry.gap, measure });
      const background = spec.background ? await coverFit(spec.background, geometry) : null;
      const overlay = background ? planOverlay(parseHex(spec.palette.text), parseHex(spec.palette.background), await pixelRange(background, geometry.textBox)) : null;
      const canvas = overlay ? rgba(spec.palette.background, overlay.alpha) : spec.palette.background;
      const svg = await satori(graphicElement({ geometry, fit, canvas, text: spec.palette.text, accent: spec.palette.accent }), { width: geometry.width, height: geometry.height, fonts });
      const layer: RawImage = { data: new Resvg(svg).render().pixels, width: geometry.width, height: geometry.height, channels: 4 };
      const logo = spec.logo ? await placedLogo(spec.logo, geometry.logoBox) : null;
      const composites: OverlayOptions[] = [...(background ? [{ input: layer.data, ...raw(layer) }] : []), ...(logo ? [logo] : [])];
      const base = background ? sharp(background.data, raw(background)) : sharp(layer.data, raw(layer));
      const bytes = await encode(composites.length > 0 ? base.composite(composites) : base, spec.format).toBuffer();
      return {
        bytes,
        mimeType: graphicMimeTypes[spec.format],
        width: geometry.width,
        height: geometry.height,
        contrast: overlay ? overlay.contrast : spec.palette.contrast,
        headlineFontSize: fit.headline.fontSize,
        bodyFontSize: fit.body?.fontSize ?? null,
        truncated: fit.headline.truncated || Boolean(fit.body?.truncated),
        overlayAlpha: overlay?.alpha ?? 1,
      };
    },
  };
}
