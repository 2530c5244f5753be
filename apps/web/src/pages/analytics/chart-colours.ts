/** Line and bar colours per platform, distinct and readable on white; others cycle the fallbacks. */
const platformColours: Record<string, string> = {
  sandbox: '#0f766e',
  x: '#171717',
  bluesky: '#0284c7',
  mastodon: '#7c3aed',
};

const fallbackColours = ['#d97706', '#db2777', '#65a30d', '#4f46e5'];

export function platformColour(platform: string, index: number): string {
  return platformColours[platform] ?? fallbackColours[index % fallbackColours.length] ?? '#525252';
}

/** Series colours for things that are not platforms (accounts, metrics). */
export function seriesColour(index: number): string {
  const palette = ['#0f766e', '#0284c7', '#7c3aed', '#d97706', '#db2777', '#65a30d'];
  return palette[index % palette.length] ?? '#525252';
}

/** The accent colour of the app (accent-700), for single-series charts. */
export const accentColour = '#047857';
