import { describe, expect, it } from 'vitest';
import { nextQueueSlot, type QueuePreferences } from './next-queue-slot';
import { zonedTimeToInstant } from './zoned-time';

const berlin: QueuePreferences = { postsPerWeek: 5, preferredDays: ['tue', 'thu'], preferredHours: [9, 13], timeZone: 'Europe/Berlin' };

describe('zonedTimeToInstant', () => {
  it('follows daylight saving time in both directions', () => {
    expect(zonedTimeToInstant({ year: 2026, month: 1, day: 15, hour: 9, minute: 0 }, 'Europe/Berlin')?.toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 7, day: 15, hour: 9, minute: 0 }, 'Europe/Berlin')?.toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Berlin')).toBeNull(); // skipped hour
    expect(zonedTimeToInstant({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin')?.toISOString()).toBe('2026-10-25T00:30:00.000Z'); // first of two
    expect(zonedTimeToInstant({ year: 2026, month: 3, day: 8, hour: 9, minute: 0 }, 'America/New_York')?.toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 6, day: 1, hour: 9, minute: 0 }, 'Asia/Kolkata')?.toISOString()).toBe('2026-06-01T03:30:00.000Z');
  });
});

describe('nextQueueSlot', () => {
  it("takes the next preferred day and hour in the brand's zone", () => {
    const monday = new Date('2026-03-02T10:00:00Z');
    expect(nextQueueSlot(berlin, [], monday)?.toISOString()).toBe('2026-03-03T08:00:00.000Z'); // Tue 09:00 CET
  });

  it('skips slots already taken and too close to now', () => {
    const tuesdayMorning = new Date('2026-03-03T07:58:00Z'); // 08:58 in Berlin: 09:00 is too close
    const taken = [new Date('2026-03-03T12:00:00Z')]; // 13:00 taken
    expect(nextQueueSlot(berlin, taken, tuesdayMorning)?.toISOString()).toBe('2026-03-05T08:00:00.000Z'); // Thu 09:00
  });

  it('keeps local times across the switch to summer time', () => {
    const beforeSwitch = new Date('2026-03-27T12:00:00Z'); // Friday; next Tuesday is after 29 March
    expect(nextQueueSlot(berlin, [], beforeSwitch)?.toISOString()).toBe('2026-03-31T07:00:00.000Z'); // 09:00 CEST
  });

  it('respects posts per week and moves to the next week when it is full', () => {
    const prefs = { ...berlin, postsPerWeek: 1 };
    const monday = new Date('2026-03-02T10:00:00Z');
    const thisWeek = [new Date('2026-03-03T08:00:00Z')];
    expect(nextQueueSlot(prefs, thisWeek, monday)?.toISOString()).toBe('2026-03-10T08:00:00.000Z');
  });

  it('uses every day and 9, 13, 17 o’clock when the brand has no preferences', () => {
    const prefs: QueuePreferences = { postsPerWeek: 21, preferredDays: [], preferredHours: [], timeZone: 'UTC' };
    expect(nextQueueSlot(prefs, [], new Date('2026-03-02T13:30:00Z'))?.toISOString()).toBe('2026-03-02T17:00:00.000Z');
  });
});

describe('nextQueueSlot with learned best times', () => {
  const open: QueuePreferences = { postsPerWeek: 7, preferredDays: [], preferredHours: [], timeZone: 'Europe/Berlin' };
  const monday = new Date('2026-03-02T10:00:00Z'); // Monday 11:00 in Berlin

  it('uses the learned hours of the week, best first within a day, in the brand zone', () => {
    // Wednesday 15:00 and 10:00 (local), best first; Monday's learned hour has passed.
    const learnedSlots = [3 * 24 + 15, 3 * 24 + 10, 1 * 24 + 8];
    expect(nextQueueSlot({ ...open, learnedSlots }, [], monday)?.toISOString()).toBe('2026-03-04T14:00:00.000Z');
    const taken = [new Date('2026-03-04T14:00:00Z')];
    expect(nextQueueSlot({ ...open, learnedSlots }, taken, monday)?.toISOString()).toBe('2026-03-04T09:00:00.000Z');
  });

  it("lets the brand's own preferred hours win over learned ones", () => {
    expect(nextQueueSlot({ ...open, preferredHours: [13], learnedSlots: [3 * 24 + 15] }, [], monday)?.toISOString()).toBe('2026-03-02T12:00:00.000Z');
  });
});
