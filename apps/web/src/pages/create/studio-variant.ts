import type { GenerateInput, GraphicResult, Variant } from '../../api/schemas/ai.ts';
import { composeVariantText } from './compose-variant-text.ts';

/** One variant on screen: what the server generated and scored, and what the person made of it. */
export interface StudioVariant {
  /** Stable across edits, new for a regenerated variant, so React resets that card's own state. */
  key: string;
  generated: Variant;
  /** The brief it was generated from; Regenerate and Improve reuse its brand and platform. */
  brief: Omit<GenerateInput, 'count'>;
  /** The editable text, hashtags included (what will be saved). */
  text: string;
  /** The text as generated, to tell whether it has been edited since. */
  originalText: string;
  graphic: GraphicResult | null;
}

let nextKey = 0;

export function toStudioVariant(generated: Variant, brief: Omit<GenerateInput, 'count'>): StudioVariant {
  nextKey += 1;
  const text = composeVariantText(generated.text, generated.hashtags);
  return { key: `variant-${nextKey}`, generated, brief, text, originalText: text, graphic: null };
}

/** The first sentence (or line) of a text, as a graphic's headline. */
export function firstSentence(text: string): string {
  const firstLine = text.trim().split('\n')[0] ?? '';
  const match = /^.*?[.!?](?=\s|$)/.exec(firstLine);
  return (match ? match[0] : firstLine).trim().slice(0, 200);
}
