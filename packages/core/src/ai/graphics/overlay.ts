import { contrastRatio, mix, MIN_TEXT_CONTRAST, relativeLuminance, type Rgb } from './contrast';

/** Per-channel extremes of the background pixels the text will sit on. */
export interface PixelRange {
  min: Rgb;
  max: Rgb;
}

export interface OverlayPlan {
  /** Opacity of the overlay colour laid over the whole background image (0 … 1). */
  alpha: number;
  /** Contrast of the text against the worst pixel it can land on after the overlay. */
  contrast: number;
}

/** Extra headroom so rounding in the compositor never drops the result below the minimum. */
const TARGET = MIN_TEXT_CONTRAST + 0.1;
const STEPS = 100;

/**
 * How strongly to tint a background image with `overlay` so `text` stays readable everywhere
 * on it. Light text is hurt by the lightest pixel and dark text by the darkest; the per-channel
 * max (or min) is a colour at least that light (or dark), so meeting the target against it
 * holds for every real pixel. `text` on the overlay alone must already pass (the palette
 * guarantees it), so full opacity always works; the answer is the smallest opacity from which
 * every stronger one passes too.
 */
export function planOverlay(text: Rgb, overlay: Rgb, pixels: PixelRange): OverlayPlan {
  const worst = relativeLuminance(text) >= relativeLuminance(overlay) ? pixels.max : pixels.min;
  const contrastAt = (alpha: number) => contrastRatio(text, mix(overlay, worst, alpha));
  let step = STEPS;
  while (step > 0 && contrastAt((step - 1) / STEPS) >= TARGET) step -= 1;
  const alpha = step / STEPS;
  return { alpha, contrast: contrastAt(alpha) };
}
