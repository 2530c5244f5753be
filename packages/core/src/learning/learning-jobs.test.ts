import { describe, expect, it } from 'vitest';
import { brandsDueForRetrain } from './learning-jobs';

const brand = (timeZone: string, lastTrainedAt: Date | null) => ({ organizationId: 'o', brandId: `${timeZone}-${String(lastTrainedAt?.getTime())}`, timeZone, lastTrainedAt });

describe('brandsDueForRetrain', () => {
  const sundayMidnightBerlin = new Date('2026-11-21T23:30:00Z'); // Sunday 00:30 in Berlin, still Saturday in UTC
  const weekAgo = new Date('2026-11-14T23:00:00Z');

  it("retrains weekly at Sunday midnight in each brand's own time zone", () => {
    const due = brandsDueForRetrain([brand('Europe/Berlin', weekAgo), brand('UTC', weekAgo), brand('America/New_York', weekAgo)], sundayMidnightBerlin);
    expect(due.map((entry) => entry.timeZone)).toEqual(['Europe/Berlin']);
  });

  it('does not retrain twice in one week', () => {
    expect(brandsDueForRetrain([brand('Europe/Berlin', new Date('2026-11-21T23:05:00Z'))], sundayMidnightBerlin)).toEqual([]);
  });

  it('trains a brand with rewards but no model at once, whatever the day', () => {
    expect(brandsDueForRetrain([brand('UTC', null)], new Date('2026-11-18T10:00:00Z'))).toHaveLength(1);
  });
});
