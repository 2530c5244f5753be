/** A date from an ISO / RFC 822 string or epoch seconds; `fallback` when missing or unreadable. */
export function parseSourceDate(value: string | number | null | undefined, fallback: Date): Date {
  if (value === null || value === undefined || value === '') return fallback;
  const time = typeof value === 'number' ? value * 1000 : Date.parse(value.trim());
  return Number.isFinite(time) ? new Date(time) : fallback;
}
