import type { Platform } from '../../api/schemas/social-account.ts';

/*
 * Lengths estimated in the browser for when the server's validator (`POST /posts/validate`)
 * is not available. Deliberately simple; the server's count is the one that decides.
 * X weighs characters and links in its own way, so it is left to the server entirely.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** What people see as characters: an emoji with skin tone or a flag counts once. */
function graphemes(text: string): number {
  let count = 0;
  for (const _segment of segmenter.segment(text)) count += 1;
  return count;
}

/** Unicode code points, close to what Mastodon counts (it also counts each link as 23). */
function codePoints(text: string): number {
  return [...text].length;
}

export interface LengthEstimate {
  length: number;
  limit: number;
}

const rules: Record<Platform, { limit: number; count: (text: string) => number } | null> = {
  sandbox: { limit: 1000, count: graphemes },
  bluesky: { limit: 300, count: graphemes },
  mastodon: { limit: 500, count: codePoints },
  x: null,
};

/** Undefined when only the server can count for this platform. */
export function estimateLength(platform: Platform, text: string): LengthEstimate | undefined {
  const rule = rules[platform];
  return rule ? { length: rule.count(text), limit: rule.limit } : undefined;
}
