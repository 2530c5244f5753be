const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

const units: { unit: Intl.RelativeTimeFormatUnit; seconds: number }[] = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
];

/** "in 3 days", "5 minutes ago", "now": an offset from now in the largest unit that fits, in the reader's language. */
export function relativeTime(offsetSeconds: number): string {
  const magnitude = Math.abs(offsetSeconds);
  for (const { unit, seconds } of units) {
    if (magnitude >= seconds) return relativeFormat.format(Math.trunc(offsetSeconds / seconds), unit);
  }
  return relativeFormat.format(0, 'second');
}

/** The same for an ISO timestamp, measured from the reader's clock. */
export function relativeTimeOf(iso: string): string {
  return relativeTime((Date.parse(iso) - Date.now()) / 1000);
}
