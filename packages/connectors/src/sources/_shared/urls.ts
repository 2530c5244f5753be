/** The URL as a string when it is absolute http(s) and short enough for a TrendItem; otherwise null. */
export function httpUrlOrNull(value: string | null | undefined, maxLength = 2000): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href.length <= maxLength ? url.href : null;
}

/** A URL-safe slug of a phrase: lower-case words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
