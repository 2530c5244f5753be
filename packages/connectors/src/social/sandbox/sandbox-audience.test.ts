import { describe, expect, it } from 'vitest';
import { simulateEngagement } from './sandbox-audience';

const base = { accountId: 'acct-1', postId: 'post-1', text: 'How do you budget for a new team?', mediaCount: 0, publishedAt: new Date('2026-03-03T10:00:00Z') };

describe('Sandbox audience', () => {
  it('is deterministic for the same inputs', () => {
    const now = new Date('2026-03-04T10:00:00Z');
    expect(simulateEngagement({ ...base, now })).toEqual(simulateEngagement({ ...base, now }));
  });

  it('lets engagement arrive over time and never shrink', () => {
    const at = (hours: number) => simulateEngagement({ ...base, now: new Date(base.publishedAt.getTime() + hours * 3_600_000) });
    expect(at(0).impressions).toBe(0);
    const series = [1, 3, 6, 12, 24, 72].map((hours) => at(hours));
    for (let index = 1; index < series.length; index++) {
      expect(series[index]?.impressions).toBeGreaterThanOrEqual(series[index - 1]?.impressions ?? 0);
      expect(series[index]?.likes).toBeGreaterThanOrEqual(series[index - 1]?.likes ?? 0);
    }
    expect(at(72).impressions).toBeGreaterThan(0);
  });

  it('rewards some hours of the week more than others (hidden preferences exist)', () => {
    const reach = Array.from({ length: 168 }, (_, hour) => {
      const publishedAt = new Date(Date.UTC(2026, 2, 1) + hour * 3_600_000);
      return simulateEngagement({ ...base, postId: 'same', publishedAt, now: new Date(publishedAt.getTime() + 48 * 3_600_000) }).impressions;
    });
    expect(Math.max(...reach)).toBeGreaterThan(Math.min(...reach) * 1.5);
  });
});
