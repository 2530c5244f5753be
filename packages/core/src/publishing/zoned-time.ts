/** Building a formatter costs far more than using one; the learner asks for offsets per sample. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (e.g. +60 for Berlin in winter). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The instant a wall-clock time happens in a zone, or null when it does not exist (the hour
 * skipped when clocks spring forward). When clocks fall back and a time happens twice, the first
 * one wins. Pure Intl arithmetic, so DST rules come from the platform's time-zone database.
 */
export function zonedTimeToInstant(local: LocalDateTime, timeZone: string): Date | null {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // Try both offsets around the wall time: before and after any transition that day.
  const candidates = new Set([zoneOffsetMinutes(new Date(wall - 86_400_000), timeZone), zoneOffsetMinutes(new Date(wall + 86_400_000), timeZone)]);
  const instants = [...candidates]
    .map((offset) => new Date(wall - offset * 60_000))
    .filter((instant) => zoneOffsetMinutes(instant, timeZone) === Math.round((wall - instant.getTime()) / 60_000))
    .sort((a, b) => a.getTime() - b.getTime());
  return instants[0] ?? null;
}

/** The wall-clock date and weekday (0 = Sunday) of an instant in a zone. */
export function localDateOf(instant: Date, timeZone: string): { year: number; month: number; day: number; weekday: number } {
  const local = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), weekday: local.getUTCDay() };
}
