import { zoneOffsetMinutes } from '../publishing/zoned-time';
import { HOURS_PER_WEEK, type HourOfWeek } from './learner-model';

/** The hour of the week an instant falls in, in a time zone: 0 = Sunday 00:00–00:59 … 167 = Saturday 23:00. */
export function hourOfWeekIn(instant: Date, timeZone: string): HourOfWeek {
  const local = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);
  return (local.getUTCDay() * 24 + local.getUTCHours()) % HOURS_PER_WEEK;
}

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Tuesday 14:00" for people. */
export function describeHourOfWeek(slot: HourOfWeek): string {
  const normalised = ((slot % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK;
  return `${dayNames[Math.floor(normalised / 24)]} ${String(normalised % 24).padStart(2, '0')}:00`;
}
