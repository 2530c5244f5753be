import type { Platform } from '../../publishing/platforms';

/**
 * How many hashtags read well on each network — not the hard cap (PlatformLimits.maxHashtags),
 * but the custom: on X more than two or three look like spam; Bluesky and Mastodon use tags for
 * discovery (Mastodon has no algorithmic feed, so followers of a tag find the post), up to five.
 * `preferred` is what the writer adds by default.
 */
export interface HashtagNorm {
  min: number;
  max: number;
  preferred: number;
}

const norms: Record<Platform, HashtagNorm> = {
  x: { min: 1, max: 3, preferred: 2 },
  bluesky: { min: 1, max: 5, preferred: 2 },
  mastodon: { min: 1, max: 5, preferred: 3 },
  sandbox: { min: 1, max: 5, preferred: 3 },
};

export function hashtagNorm(platform: Platform): HashtagNorm {
  return norms[platform];
}
