import { localDateOf, zonedTimeToInstant } from './zoned-time';

export interface QueuePreferences {
  postsPerWeek: number;
  /** 'mon'…'sun'; empty means every day. */
  preferredDays: string[];
  /** 0–23; empty means 9, 13 and 17 o'clock. */
  preferredHours: number[];
  timeZone: string;
  /**
   * Learned best hours of the week (0 = Sunday 00:00, brand's time zone), best first. Used when
   * the brand set no preferred hours: each day then offers its hours among these, best first.
   */
  learnedSlots?: number[];
}

const weekdayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DEFAULT_HOURS = [9, 13, 17];
/** Never queue closer to now than this: there must be time to see it and change your mind. */
const MIN_LEAD_MS = 5 * 60_000;
/** Two posts of a brand closer than this count as the same slot. */
const SLOT_WIDTH_MS = 30 * 60_000;
const HORIZON_DAYS = 60;

/** Monday 00:00 (local) of the week holding a local date, as a comparable day number. */
function weekOf(date: { year: number; month: number; day: number; weekday: number }): number {
  const dayNumber = Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
  return dayNumber - ((date.weekday + 6) % 7);
}

/**
 * "Add to queue": the brand's next free posting slot — on a preferred day at a preferred hour,
 * in the brand's own time zone (daylight-saving safe: a slot in the skipped spring hour is
 * passed over, one in the repeated autumn hour is used once), not already taken by one of its
 * scheduled posts, and without exceeding its posts per week. Null when nothing is free within
 * two months.
 */
export function nextQueueSlot(preferences: QueuePreferences, takenInstants: Date[], now: Date): Date | null {
  const fixedHours = preferences.preferredHours.length > 0 ? [...preferences.preferredHours].sort((a, b) => a - b) : null;
  const learned = fixedHours === null && preferences.learnedSlots && preferences.learnedSlots.length > 0 ? preferences.learnedSlots : null;
  const hoursOn = (weekday: number): number[] => fixedHours ?? (learned ? learned.filter((slot) => Math.floor(slot / 24) === weekday).map((slot) => slot % 24) : DEFAULT_HOURS);
  const days = new Set(preferences.preferredDays.length > 0 ? preferences.preferredDays : weekdayNames);
  const earliest = now.getTime() + MIN_LEAD_MS;
  const perWeek = new Map<number, number>();
  for (const taken of takenInstants) {
    const week = weekOf(localDateOf(taken, preferences.timeZone));
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
  }
  const today = localDateOf(now, preferences.timeZone);
  for (let offset = 0; offset < HORIZON_DAYS; offset++) {
    const noon = new Date(Date.UTC(today.year, today.month - 1, today.day + offset, 12));
    const date = { year: noon.getUTCFullYear(), month: noon.getUTCMonth() + 1, day: noon.getUTCDate(), weekday: noon.getUTCDay() };
    if (!days.has(weekdayNames[date.weekday] ?? '')) continue;
    if ((perWeek.get(weekOf(date)) ?? 0) >= preferences.postsPerWeek) continue;
    for (const hour of hoursOn(date.weekday)) {
      const slot = zonedTimeToInstant({ ...date, hour, minute: 0 }, preferences.timeZone);
      if (!slot || slot.getTime() < earliest) continue;
      if (takenInstants.some((taken) => Math.abs(taken.getTime() - slot.getTime()) < SLOT_WIDTH_MS)) continue;
      return slot;
    }
  }
  return null;
}
