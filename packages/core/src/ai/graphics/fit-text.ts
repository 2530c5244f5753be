import type { Box, FontRange } from './layouts';

/** Width in px of `text` set in `weight` at `fontSize` (the renderer measures with its font's metrics). */
export type MeasureText = (text: string, fontSize: number, weight: 'regular' | 'bold') => number;

export interface BlockFit {
  fontSize: number;
  lineHeight: number;
  lines: string[];
  /** Only when even the smallest size could not hold all of it: the end was cut with "…". */
  truncated: boolean;
}

export interface TextFit {
  headline: BlockFit;
  body: BlockFit | null;
  /** Height the block takes, px; at most the box's height. */
  height: number;
}

export interface TextBlockSpec {
  headline: string;
  body: string | null;
  box: Box;
  headlineFont: FontRange;
  bodyFont: FontRange;
  gap: number;
  measure: MeasureText;
}

/**
 * Lines are wrapped to this share of the box width: the renderer's own text shaping (kerning,
 * hinting) can differ slightly from summed advance widths, and the margin absorbs that.
 */
const WIDTH_SAFETY = 0.96;
/** The body may take at most this share of the box, so the headline keeps the stage. */
const BODY_SHARE = 0.45;

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);

/** Greedy word wrap; a word wider than the line is broken between graphemes. */
export function wrapText(text: string, width: number, fontSize: number, weight: 'regular' | 'bold', measure: MeasureText): string[] {
  const fits = (candidate: string) => measure(candidate, fontSize, weight) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    for (const grapheme of graphemes(word)) {
      if (line && !fits(line + grapheme)) {
        lines.push(line);
        line = '';
      }
      line += grapheme;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const blockHeight = (fit: BlockFit) => fit.lines.length * fit.fontSize * fit.lineHeight;

/** Cuts wrapped lines to `maxLines`, ending the last kept line with "…" inside the width. */
function truncate(lines: string[], maxLines: number, width: number, fontSize: number, weight: 'regular' | 'bold', measure: MeasureText): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (kept.length === 0) return kept;
  let last = kept[kept.length - 1] ?? '';
  const parts = graphemes(last);
  while (parts.length > 0 && measure(`${parts.join('').trimEnd()}…`, fontSize, weight) > width) parts.pop();
  last = `${parts.join('').trimEnd()}…`;
  kept[kept.length - 1] = last;
  return kept;
}

/**
 * The largest font size in `range` at which `text` wraps into `maxHeight`; at the smallest size
 * a text that still does not fit is cut with "…", so nothing ever overflows the box.
 */
export function fitBlock(text: string, width: number, maxHeight: number, range: FontRange, weight: 'regular' | 'bold', measure: MeasureText): BlockFit {
  const usable = width * WIDTH_SAFETY;
  for (let fontSize = range.max; fontSize >= range.min; fontSize -= 1) {
    const fit: BlockFit = { fontSize, lineHeight: range.lineHeight, lines: wrapText(text, usable, fontSize, weight, measure), truncated: false };
    if (blockHeight(fit) <= maxHeight) return fit;
  }
  const lines = wrapText(text, usable, range.min, weight, measure);
  const maxLines = Math.floor(maxHeight / (range.min * range.lineHeight));
  return { fontSize: range.min, lineHeight: range.lineHeight, lines: truncate(lines, maxLines, usable, range.min, weight, measure), truncated: true };
}

/**
 * Fits headline and body into the layout's text box: the body first (at most 45% of the box and
 * never larger than the headline's maximum), then the headline as large as the rest allows.
 */
export function fitText(spec: TextBlockSpec): TextFit {
  const { box, gap, measure } = spec;
  const bodyText = spec.body?.trim() ? spec.body.trim() : null;
  const body = bodyText ? fitBlock(bodyText, box.width, box.height * BODY_SHARE, spec.bodyFont, 'regular', measure) : null;
  const bodyHeight = body ? blockHeight(body) + gap : 0;
  const headline = fitBlock(spec.headline.trim(), box.width, box.height - bodyHeight, spec.headlineFont, 'bold', measure);
  return { headline, body, height: blockHeight(headline) + bodyHeight };
}
