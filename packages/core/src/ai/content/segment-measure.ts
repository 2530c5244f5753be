import type { Platform } from '../../publishing/platforms';
import type { PlatformLimits } from '../../publishing/rules/platform-limits';
import { fitMeasure } from '../../publishing/rules/thread-for-platform';

/**
 * Printable ASCII and line feeds that no platform treats specially: no '@' (mentions), no "://"
 * (links), no letter right after a dot (X links bare domains like "example.com", with or without
 * a path), no '\r' ("\r\n" is one grapheme). A slash alone ("1/5") is plain.
 */
const plainText = /^(?:[\n\x20-\x2D\x2F-\x39\x3B-\x3F\x41-\x7E]|:(?!\/)|\.(?![A-Za-z]))*$/;

/**
 * Whether the platform counts plain text one unit per character: X weighs ASCII 1, graphemes
 * of ASCII are its characters, Mastodon only rewrites links and mentions, and Bluesky's byte
 * share is a tenth of that. A Record, so a new platform must decide here (false is always safe).
 */
const plainCountsOnePerCharacter: Record<Platform, boolean> = { x: true, bluesky: true, mastodon: true, sandbox: true };

/**
 * The platform's fit measure (thread-for-platform's fitMeasure) with a shortcut for plain text,
 * where it equals the string length. Intl.Segmenter, which grapheme counts use, costs about
 * 0.3 ms for a 250-character post — too slow to measure every draft the template writer tries
 * within its 5 ms budget. Exact: the same number as fitMeasure on every text.
 */
export function quickFitMeasure(limits: PlatformLimits): (text: string) => number {
  const measure = fitMeasure(limits);
  const shortcut = plainCountsOnePerCharacter[limits.platform];
  return (text) => (shortcut && plainText.test(text) ? text.length : measure(text));
}

/** Where a draft may be split for measuring: after a sentence's end, or at a line break. */
const segmentBreak = /(?<=[.!?…])[ ]|\n/u;

/**
 * An estimate for drafts that differ by a sentence or two: each sentence is measured once (then
 * cached) and the sums added, one unit per separator. Platforms count a space or newline as one
 * and never join units across one, so this equals the real count or exceeds it slightly where a
 * count rounds per piece (Bluesky's byte share). Only for deciding what to try: the final draft
 * is checked with the exact measure, so a wrong guess costs a shortening, never a long post.
 */
export function segmentMeasure(measure: (text: string) => number): (text: string) => number {
  const cache = new Map<string, number>();
  const measureSegment = (segment: string) => {
    let length = cache.get(segment);
    if (length === undefined) {
      length = measure(segment);
      cache.set(segment, length);
    }
    return length;
  };
  return (text) => {
    const segments = text.split(segmentBreak);
    return segments.reduce((sum, segment) => sum + measureSegment(segment), segments.length - 1);
  };
}
