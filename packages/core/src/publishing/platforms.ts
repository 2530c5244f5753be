/** Networks Socialseed publishes to. LinkedIn, Facebook, Instagram and TikTok join this list with their connectors. */
export const platforms = ['sandbox', 'x', 'bluesky', 'mastodon'] as const;
export type Platform = (typeof platforms)[number];

export const platformLabels: Record<Platform, string> = {
  sandbox: 'Sandbox (simulated audience)',
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};
