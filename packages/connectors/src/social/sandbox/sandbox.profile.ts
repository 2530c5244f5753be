import crypto from 'node:crypto';
import type { AccountProfile } from '@socialseed/core/ports/social-provider';
import { audienceFollowers } from './sandbox-audience';

/** A number in [0, 1) from a string, the same on every machine. */
function unit(seed: string): number {
  return crypto.createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32;
}

/** Most followers a post can win (each wins 0 to this many, seeded). */
const MAX_FOLLOWERS_PER_POST = 6;

/**
 * The Sandbox's answer to a profile read. Followers start as the audience the simulated
 * engagement is drawn from (`audienceFollowers(seed)`), so impressions estimated from them
 * match what the audience does, and each post published so far wins a few more (seeded), so
 * follower growth has something to show; following is a stable made-up number. `seed` is the
 * account id for a connected account, `handle:<handle>` for anyone else (competitors).
 */
export function sandboxProfile(seed: string, postsCount: number | null): AccountProfile {
  let followers = audienceFollowers(seed);
  for (let post = 0; post < (postsCount ?? 0); post++) followers += Math.floor(unit(`${seed}:gain:${post}`) * (MAX_FOLLOWERS_PER_POST + 1));
  return { followers, following: 20 + Math.floor(unit(`${seed}:following`) * 480), postsCount };
}
