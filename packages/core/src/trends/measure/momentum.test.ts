import { describe, expect, it } from 'vitest';
import { appendSnapshot, measureVelocity } from './momentum';

const now = new Date('2026-11-22T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const at = (hours: number) => hoursAgo(hours).toISOString();

describe('measureVelocity', () => {
  it('on a first sighting reads freshness at half weight: fresh rises, day-old fades, in between is flat', () => {
    expect(measureVelocity([{ at: at(0), mentions: 1, engagement: 120 }], [hoursAgo(2)], now).momentum).toBe(0.5);
    expect(measureVelocity([{ at: at(0), mentions: 1, engagement: 120 }], [hoursAgo(30)], now).momentum).toBe(-0.5);
    expect(measureVelocity([{ at: at(0), mentions: 2, engagement: 120 }], [hoursAgo(2), hoursAgo(12)], now).momentum).toBe(0.25);
    expect(measureVelocity([{ at: at(0), mentions: 1, engagement: 120 }], [hoursAgo(2)], now).acceleration).toBeNull();
  });

  it('gives engagement per hour since publication on a first sighting, and null without engagement data', () => {
    expect(measureVelocity([{ at: at(0), mentions: 1, engagement: 120 }], [hoursAgo(4)], now).engagementPerHour).toBeCloseTo(30);
    expect(measureVelocity([{ at: at(0), mentions: 1, engagement: null }], [hoursAgo(4)], now).engagementPerHour).toBeNull();
  });

  it('compares attention between the last two snapshots: growth is positive, decline negative, both bounded', () => {
    const rising = measureVelocity([{ at: at(6), mentions: 1, engagement: 100 }, { at: at(0), mentions: 2, engagement: 300 }], [hoursAgo(8)], now);
    expect(rising.momentum).toBeCloseTo((300 - 100) / (300 + 100));
    expect(rising.engagementPerHour).toBeCloseTo(200 / 6);
    const fading = measureVelocity([{ at: at(6), mentions: 3, engagement: 900 }, { at: at(0), mentions: 3, engagement: 100 }], [hoursAgo(20)], now);
    expect(fading.momentum).toBeCloseTo(-0.8);
    const vanished = measureVelocity([{ at: at(6), mentions: 1, engagement: 50 }, { at: at(0), mentions: 1, engagement: 0 }], [hoursAgo(7)], now);
    expect(vanished.momentum).toBe(-1);
  });

  it('falls back to mentions when a snapshot has no engagement (never treats unknown as zero)', () => {
    const reading = measureVelocity([{ at: at(6), mentions: 1, engagement: null }, { at: at(0), mentions: 3, engagement: null }], [hoursAgo(8)], now);
    expect(reading.momentum).toBeCloseTo(0.5);
    expect(reading.engagementPerHour).toBeNull();
    expect(reading.acceleration).toBeNull();
  });

  it('measures acceleration as the change of the gain rate between intervals', () => {
    const reading = measureVelocity(
      [
        { at: at(12), mentions: 1, engagement: 60 },
        { at: at(6), mentions: 1, engagement: 120 },
        { at: at(0), mentions: 1, engagement: 300 },
      ],
      [hoursAgo(14)],
      now,
    );
    // 10/h over the first interval, 30/h over the last: +20/h over 6 h.
    expect(reading.engagementPerHour).toBeCloseTo(30);
    expect(reading.acceleration).toBeCloseTo(20 / 6);
  });
});

describe('appendSnapshot', () => {
  it('keeps the newest snapshots last, at most `keep`', () => {
    const history = Array.from({ length: 30 }, (_, index) => ({ at: at(30 - index), mentions: index, engagement: null }));
    const next = appendSnapshot(history, { at: at(0), mentions: 99, engagement: 5 });
    expect(next).toHaveLength(30);
    expect(next[29]).toEqual({ at: at(0), mentions: 99, engagement: 5 });
    expect(next[0]!.mentions).toBe(1);
  });
});
