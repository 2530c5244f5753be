import type { ReactElement } from 'react';
import type { TextFit, BlockFit } from '@socialseed/core/ai/graphics/fit-text';
import type { LayoutGeometry } from '@socialseed/core/ai/graphics/layouts';

type Style = Record<string, string | number>;
type Child = ReactElement | string;

/** satori takes React-shaped elements; building them as plain objects keeps JSX out of the connectors. */
function element(style: Style, children: Child[] = []): ReactElement {
  return { type: 'div', key: null, props: { style: { display: 'flex', ...style }, children } };
}

/** One pre-wrapped line per div: the fitter decided the breaks, so satori must not re-wrap. */
function lines(block: BlockFit, color: string, weight: 400 | 700): ReactElement[] {
  return block.lines.map((line) =>
    element({ fontFamily: 'Inter', fontWeight: weight, fontSize: block.fontSize, lineHeight: block.lineHeight, height: block.fontSize * block.lineHeight, color, whiteSpace: 'pre' }, [line]),
  );
}

export interface GraphicElementInput {
  geometry: LayoutGeometry;
  fit: TextFit;
  /** CSS colour of the whole canvas: the brand colour, or its translucent tint over a background image. */
  canvas: string;
  text: string;
  accent: string;
}

/**
 * The layer satori draws: canvas colour, the accent bar and the fitted text, vertically centred
 * in the layout's text box. Box sizing is border-box (satori 0.63 defaults to content-box).
 */
export function graphicElement({ geometry, fit, canvas, text, accent }: GraphicElementInput): ReactElement {
  const { textBox, accentBar, width, height } = geometry;
  const textBlock = element(
    {
      position: 'absolute',
      left: textBox.x,
      top: textBox.y,
      width: textBox.width,
      height: textBox.height,
      flexDirection: 'column',
      justifyContent: 'center',
      boxSizing: 'border-box',
    },
    [
      element({ flexDirection: 'column' }, lines(fit.headline, text, 700)),
      ...(fit.body ? [element({ flexDirection: 'column', marginTop: geometry.gap }, lines(fit.body, text, 400))] : []),
    ],
  );
  const bar = element({ position: 'absolute', left: accentBar.x, top: accentBar.y, width: accentBar.width, height: accentBar.height, backgroundColor: accent });
  return element({ width, height, position: 'relative', backgroundColor: canvas, boxSizing: 'border-box' }, [bar, textBlock]);
}
