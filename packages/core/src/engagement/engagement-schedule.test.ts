import { describe, expect, it } from 'vitest';
import { hourOf, isTrackingFinished, nextFetchAt, TRACKING_FINISHED_AT } from './engagement-schedule';

const published = new Date('2026-03-02T10:40:00Z');
const after = (hours: number) => new Date(published.getTime() + hours * 3_600_000);

describe('the sync schedule', () => {
  it('is hourly on a grid anchored at publication during the first day', () => {
    expect(nextFetchAt(published, after(0))).toEqual(after(1));
    expect(nextFetchAt(published, after(0.25))).toEqual(after(1));
    // A pass that runs late serves the slot it found and goes on to the next grid slot, not now + 1 h.
    expect(nextFetchAt(published, after(5.6))).toEqual(after(6));
    expect(nextFetchAt(published, after(23.5))).toEqual(after(24));
  });

  it('then every interval (4 h by default, configurable)', () => {
    expect(nextFetchAt(published, after(24))).toEqual(after(28));
    expect(nextFetchAt(published, after(30))).toEqual(after(32));
    expect(nextFetchAt(published, after(30), 6)).toEqual(after(36));
  });

  it('ends exactly at 30 days, and nothing is due after that', () => {
    expect(nextFetchAt(published, after(30 * 24 - 1))).toEqual(after(30 * 24));
    expect(nextFetchAt(published, after(30 * 24 - 1), 7)).toEqual(after(30 * 24));
    expect(nextFetchAt(published, after(30 * 24))).toEqual(TRACKING_FINISHED_AT);
    expect(isTrackingFinished(nextFetchAt(published, after(40 * 24)))).toBe(true);
    expect(isTrackingFinished(after(30 * 24))).toBe(false);
  });

  it('a clock slightly behind the publication time still gets the first hourly slot', () => {
    expect(nextFetchAt(published, after(-0.01))).toEqual(after(1));
  });

  it('snapshots are per hour', () => {
    expect(hourOf(new Date('2026-03-02T10:59:59.999Z'))).toEqual(new Date('2026-03-02T10:00:00Z'));
  });
});
