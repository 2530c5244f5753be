/*
 * Times people type are in the browser's time zone; the API wants instants with an offset.
 * `<input type="datetime-local">` reads and writes "YYYY-MM-DDTHH:mm" (seconds optional).
 */

const pad = (value: number, length = 2) => String(Math.trunc(Math.abs(value))).padStart(length, '0');

/** The browser's own zone, named for labels ("Times in Europe/Berlin"). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "2025-03-01T09:30" for a datetime-local input, in the browser's zone. */
export function toDateTimeLocalValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Reads a datetime-local value as a time in the browser's zone; undefined when incomplete. */
export function parseDateTimeLocal(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "2025-03-01T09:30:00+01:00": the instant with the browser zone's offset at that moment. */
export function toIsoWithOffset(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const local = `${toDateTimeLocalValue(date)}:${pad(date.getSeconds())}`;
  return `${local}${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}
