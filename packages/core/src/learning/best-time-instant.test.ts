import { describe, expect, it } from 'vitest';
import { nextSlotInstant } from './best-time-instant';
import { hourOfWeekIn } from './hour-of-week';

const WEEK_MS = 7 * 86_400_000;

describe('the next instant of an hour of the week', () => {
  it('is the next Tuesday 14:00 on the brand clock, at or after the given time', () => {
    const after = new Date('2026-03-04T09:30:00Z'); // a Wednesday
    const slot = 2 * 24 + 14;
    expect(nextSlotInstant(slot, after, 'UTC').toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(nextSlotInstant(slot, after, 'Asia/Tokyo').toISOString()).toBe('2026-03-10T05:00:00.000Z');
    expect(nextSlotInstant(3 * 24 + 10, after, 'UTC').toISOString()).toBe('2026-03-04T10:00:00.000Z');
    expect(nextSlotInstant(3 * 24 + 9, new Date('2026-03-04T09:00:00Z'), 'UTC').toISOString()).toBe('2026-03-04T09:00:00.000Z');
  });

  it('lands on the slot across clock changes and in half-hour zones', () => {
    for (const timeZone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide']) {
      for (const after of [new Date('2026-03-27T20:15:00Z'), new Date('2026-10-24T03:00:00Z'), new Date('2026-04-05T00:00:00Z')]) {
        for (const slot of [0, 30, 72, 100, 167]) {
          const instant = nextSlotInstant(slot, after, timeZone);
          expect(instant.getTime()).toBeGreaterThanOrEqual(after.getTime());
          expect(instant.getTime()).toBeLessThanOrEqual(after.getTime() + WEEK_MS + 2 * 3_600_000);
          expect(hourOfWeekIn(instant, timeZone)).toBe(slot);
        }
      }
    }
  });
});
