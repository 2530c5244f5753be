import { contentFormats, type ContentFormat } from '../../ai/content-types';
import { platforms as allPlatforms, type Platform } from '../../publishing/platforms';
import type { TrendSourceId } from '../trend-item';

/** What a trend looks like, for choosing how to post about it. Lengths in characters. */
export interface TrendShape {
  sources: TrendSourceId[];
  hasImage: boolean;
  hasLink: boolean;
  summaryLength: number;
  titleLength: number;
}

type Affinity = Partial<Record<ContentFormat, number>>;

/** A summary longer than a single post (X's 280 characters, with room for the link) needs a thread to carry it. */
export const LONG_SUMMARY_CHARACTERS = 280;

/**
 * How well each format carries a trend of a given shape, 0–1. Every trait that applies offers
 * its affinities and each format takes the best offer, so a trait only ever adds options.
 * - any trend: a single post is the safe default; a thread or visuals need material.
 * - news with a link: a single post that comments on and links the story.
 * - a long summary: a thread has room for the substance.
 * - an image: a carousel, or a single post with the image; a story caption can use it too.
 * - search terms only (Google Trends, X counts): no article to unpack — a short single post.
 */
const traitAffinities: Array<{ trait: string; applies(shape: TrendShape): boolean; affinity: Affinity }> = [
  { trait: 'any', applies: () => true, affinity: { single: 0.7, thread: 0.5, carousel: 0.3, story_caption: 0.3 } },
  { trait: 'linked news', applies: (shape) => shape.hasLink, affinity: { single: 0.9, thread: 0.6 } },
  { trait: 'long summary', applies: (shape) => shape.summaryLength > LONG_SUMMARY_CHARACTERS, affinity: { thread: 0.95 } },
  { trait: 'image', applies: (shape) => shape.hasImage, affinity: { carousel: 0.85, single: 0.85, story_caption: 0.6 } },
  { trait: 'search term', applies: isSearchTerm, affinity: { single: 0.95 } },
];

/** Google Trends and X counts report queries people search or post about, not articles. */
function isSearchTerm(shape: TrendShape): boolean {
  return shape.sources.length > 0 && shape.sources.every((source) => source === 'google_trends' || source === 'x') && !shape.hasLink && shape.summaryLength === 0;
}

/**
 * How well each network carries each format. None of them has stories, so a story caption goes
 * out as a plain post (0.6). Carousels are up to four images on all three (0.9). Threads are
 * native on X, common on Bluesky, rarer on Mastodon where 500 characters fit more in one post.
 * The Sandbox is a simulated audience: it scores a little under the real networks so a
 * connected network wins, and is chosen when it is the brand's only platform.
 */
const platformFormatFit: Record<Platform, Record<ContentFormat, number>> = {
  x: { single: 1, thread: 1, carousel: 0.9, story_caption: 0.6 },
  bluesky: { single: 1, thread: 0.95, carousel: 0.9, story_caption: 0.6 },
  mastodon: { single: 1, thread: 0.85, carousel: 0.9, story_caption: 0.6 },
  sandbox: { single: 0.9, thread: 0.9, carousel: 0.85, story_caption: 0.6 },
};

/** A trend found on a network (X counts) is a conversation already happening there: its own network gets a small edge. */
const NATIVE_SOURCE_BONUS = 0.05;
const nativeSources: Partial<Record<Platform, TrendSourceId>> = { x: 'x' };

function formatAffinities(shape: TrendShape): Record<ContentFormat, number> {
  const best: Record<ContentFormat, number> = { single: 0, thread: 0, carousel: 0, story_caption: 0 };
  for (const { applies, affinity } of traitAffinities) {
    if (!applies(shape)) continue;
    for (const format of contentFormats) best[format] = Math.max(best[format], affinity[format] ?? 0);
  }
  return best;
}

/**
 * The best platform and format for a trend among the brand's platforms (all platforms when the
 * brand has none connected), and how well it fits, in 0–1. Ties keep the earlier platform and
 * format of their declared lists, so the answer is deterministic.
 */
export function formatFit(shape: TrendShape, platforms: readonly Platform[]): { score: number; platform: Platform; format: ContentFormat } {
  const affinities = formatAffinities(shape);
  const candidates = platforms.length > 0 ? allPlatforms.filter((platform) => platforms.includes(platform)) : allPlatforms;
  let best: { score: number; platform: Platform; format: ContentFormat } = { score: -1, platform: candidates[0] ?? 'sandbox', format: 'single' };
  for (const platform of candidates) {
    const native = nativeSources[platform];
    const bonus = native !== undefined && shape.sources.includes(native) ? NATIVE_SOURCE_BONUS : 0;
    for (const format of contentFormats) {
      const score = Math.min(1, affinities[format] * platformFormatFit[platform][format] + bonus);
      if (score > best.score) best = { score, platform, format };
    }
  }
  return best;
}
