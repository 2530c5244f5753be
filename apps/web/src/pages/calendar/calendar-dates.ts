/*
 * Calendar arithmetic in the browser's time zone. Days are local midnights; weeks start on
 * Monday. Adding days goes through the date parts, so a daylight-saving change never shifts a day.
 */

export type CalendarView = 'month' | 'week';

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

export function addMonths(date: Date, months: number): Date {
  return new Date(date.getFullYear(), date.getMonth() + months, 1);
}

export function startOfWeek(date: Date): Date {
  const mondayBased = (date.getDay() + 6) % 7;
  return addDays(startOfDay(date), -mondayBased);
}

/** The days a view shows: six whole weeks around the month, or one week. */
export function visibleDays(view: CalendarView, anchor: Date): Date[] {
  const first = view === 'month' ? startOfWeek(new Date(anchor.getFullYear(), anchor.getMonth(), 1)) : startOfWeek(anchor);
  return Array.from({ length: view === 'month' ? 42 : 7 }, (_, index) => addDays(first, index));
}

/** "2025-03-01" in local time: the key of a day, and the `date` in the address. */
export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function parseDayKey(value: string | null): Date | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function sameDay(a: Date, b: Date): boolean {
  return dayKey(a) === dayKey(b);
}

export function step(view: CalendarView, anchor: Date, direction: 1 | -1): Date {
  return view === 'month' ? addMonths(anchor, direction) : addDays(anchor, 7 * direction);
}

const monthTitle = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function viewTitle(view: CalendarView, anchor: Date): string {
  if (view === 'month') return monthTitle.format(anchor);
  const first = startOfWeek(anchor);
  return dayFormat.formatRange(first, addDays(first, 6));
}

/** Where a post was dropped or moved to: a day (keeping its time), an hour of a day, or an exact time. */
export type MoveTarget = { day: Date; hour?: number } | { at: Date };

/**
 * The new instant for a post now at `current`, in the browser's zone like the grid: a day keeps
 * the time of day, an hour keeps the minutes. Built from date parts, so a daylight-saving change
 * between the two days does not shift the time.
 */
export function movedInstant(current: Date, target: MoveTarget): Date {
  if ('at' in target) return target.at;
  const { day, hour = current.getHours() } = target;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, current.getMinutes());
}
