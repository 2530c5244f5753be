/**
 * Text measures Bluesky enforces (a post is at most 300 graphemes and 3000 UTF-8 bytes) and its
 * facets are indexed by. Built on Intl.Segmenter and TextEncoder, which the browser has too, so
 * the composer shows the same numbers the server checks; @atproto/api counts with the same
 * Intl.Segmenter, so the two agree on every grapheme rule the runtime knows.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const encoder = new TextEncoder();

/** User-perceived characters: a ZWJ family, a flag or `e` + combining accent each count once. */
export function graphemeLength(text: string): number {
  let count = 0;
  for (const _segment of segmenter.segment(text)) count++;
  return count;
}

/** The grapheme clusters themselves, for splitting text without breaking a character. */
export function graphemesOf(text: string): string[] {
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

/** UTF-8 length; a lone surrogate counts as U+FFFD (3 bytes), as TextEncoder writes it. */
export function utf8Length(text: string): number {
  return encoder.encode(text).byteLength;
}

/** The UTF-8 byte offset of a UTF-16 index, as AT Protocol facets (byteStart/byteEnd) need. */
export function utf8OffsetOf(text: string, utf16Index: number): number {
  return utf8Length(text.slice(0, utf16Index));
}
