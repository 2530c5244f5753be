import type { Platform } from '../api/schemas/social-account.ts';

/** Names for choosing a network; the Sandbox says plainly that its audience is simulated. */
export const platformLabels: Record<Platform, string> = {
  sandbox: 'Sandbox (simulated audience)',
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

/** Short names for tight spots: counters, table cells, calendar entries. */
export const platformShortNames: Record<Platform, string> = {
  sandbox: 'Sandbox',
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};
