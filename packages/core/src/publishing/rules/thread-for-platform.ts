import { utf8Length } from './grapheme-length';
import type { PlatformLimits } from './platform-limits';
import { splitIntoThread } from './split-into-thread';

/**
 * The one number a post must keep at or under `limits.maxLength`: the platform's own length, or
 * its UTF-8 size scaled onto the same range when the platform caps bytes too (Bluesky: 300
 * graphemes and 3000 bytes). A text fits both caps exactly when this fits `maxLength`, so the
 * thread splitter, which knows one limit, honours both.
 */
export function fitMeasure(limits: PlatformLimits): (text: string) => number {
  const { maxTextBytes, maxLength } = limits;
  if (maxTextBytes === null) return (text) => limits.countLength(text);
  return (text) => Math.max(limits.countLength(text), Math.ceil((utf8Length(text) * maxLength) / maxTextBytes));
}

/** Whether the text goes out as one post on this platform (length, and bytes where capped). */
export function fitsOnePost(text: string, limits: PlatformLimits): boolean {
  return fitMeasure(limits)(text) <= limits.maxLength;
}

/**
 * The numbered thread a text becomes on a platform, each part fitting as that platform counts
 * (X weighted characters, Bluesky graphemes and bytes, a Mastodon server's own limit with its
 * URL rule). A text that fits comes back as the only part.
 */
export function threadForPlatform(text: string, limits: PlatformLimits): string[] {
  return splitIntoThread(text, { maxLength: limits.maxLength, countLength: fitMeasure(limits) });
}

/**
 * The texts a target is delivered as. Only a target marked `asThread` whose text does not fit one
 * post becomes a numbered thread (split as the platform counts); anything else is one post with
 * the text exactly as written. Deterministic, so every attempt — and the preview — agrees.
 */
export function textsToDeliver(content: { text: string; asThread: boolean }, limits: PlatformLimits): string[] {
  if (!content.asThread || !limits.supportsThreads || fitsOnePost(content.text, limits)) return [content.text];
  const parts = threadForPlatform(content.text, limits);
  return parts.length > 1 ? parts : [content.text];
}
