import type { Platform } from '../publishing/platforms';

/** Networks whose public profiles can be read without the account's consent (Socialseed's connectors). */
export const competitorPlatforms = ['x', 'bluesky', 'mastodon', 'sandbox'] as const satisfies readonly Platform[];
export type CompetitorPlatform = (typeof competitorPlatforms)[number];

/** A brand watches at most this many competitor accounts (the seed's limit). */
export const MAX_COMPETITORS_PER_BRAND = 10;

const domain = '(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?';

/** Each network's handle shape (after a leading @ is dropped and the handle lower-cased). */
const handleRules: Record<CompetitorPlatform, { pattern: RegExp; example: string }> = {
  // X: 1–15 letters, digits or underscores.
  x: { pattern: /^[a-z0-9_]{1,15}$/, example: 'socialseed' },
  // Bluesky: a domain name (the AT Protocol handle syntax), at most 253 characters.
  bluesky: { pattern: new RegExp(`^(?=.{3,253}$)${domain}$`), example: 'socialseed.bsky.social' },
  // Mastodon: user@server, so the profile can be looked up on any server.
  mastodon: { pattern: new RegExp(`^[a-z0-9_](?:[a-z0-9_.-]{0,28}[a-z0-9_])?@${domain}$`), example: 'socialseed@mastodon.social' },
  sandbox: { pattern: /^[a-z0-9_.-]{1,50}$/, example: 'rival' },
};

/**
 * The handle as stored (no leading @, lower case: every supported network matches handles
 * regardless of case, so "@Rival" and "rival" are one competitor), or an error message naming
 * the expected shape.
 */
export function normaliseCompetitorHandle(platform: CompetitorPlatform, raw: string): { handle: string } | { error: string } {
  const handle = raw.trim().replace(/^@/, '').toLowerCase();
  const rule = handleRules[platform];
  return rule.pattern.test(handle) ? { handle } : { error: `Not a valid ${platform} handle (like ${rule.example})` };
}
