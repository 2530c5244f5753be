import { zoneOffsetMinutes } from '../publishing/zoned-time';
import { hourOfWeekIn } from './hour-of-week';
import { HOURS_PER_WEEK, type HourOfWeek } from './learner-model';

const HOUR_MS = 3_600_000;

/**
 * The first instant at or after `after` that starts the hour of week `slot` on the brand's
 * clock (minute 0), e.g. "next Tuesday 14:00 in Europe/Berlin" — what "add to queue" and the
 * benchmark need to turn a learned slot into a time. Across a clock change the slot is still
 * honoured on the wall clock; an hour the clocks skip gives the hour after it.
 */
export function nextSlotInstant(slot: HourOfWeek, after: Date, timeZone: string): Date {
  const target = ((Math.round(slot) % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK;
  const offsetMs = zoneOffsetMinutes(after, timeZone) * 60_000;
  // The next full hour of the local clock (half-hour zones start their hours at :30 UTC) …
  const localStart = new Date(Math.ceil((after.getTime() + offsetMs) / HOUR_MS) * HOUR_MS);
  const current = localStart.getUTCDay() * 24 + localStart.getUTCHours();
  // … moved on to the slot, assuming the offset stays: true unless the clocks change in between.
  const candidate = new Date(localStart.getTime() + (((target - current) % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK * HOUR_MS - offsetMs);
  if (zoneOffsetMinutes(candidate, timeZone) * 60_000 === offsetMs) return candidate;
  // They did: the wall clock is an hour off. Look an hour or two either side.
  for (const shift of [0, -1, 1, -2, 2]) {
    const nearby = new Date(candidate.getTime() + shift * HOUR_MS);
    if (nearby.getTime() >= after.getTime() && hourOfWeekIn(nearby, timeZone) === target) return nearby;
  }
  return candidate;
}
