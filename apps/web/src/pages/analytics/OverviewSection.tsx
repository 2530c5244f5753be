import { useId } from 'react';
import type { PeriodDays } from './analytics-period.ts';
import { OverviewCards } from './OverviewCards.tsx';
import { QueryContent } from './QueryContent.tsx';
import { useOverview } from './use-overview.ts';

/** The period's totals as cards, each with its change against the period before. */
export function OverviewSection({ brandId, days }: { brandId: string; days: PeriodDays }) {
  const headingId = useId();
  const overview = useOverview(brandId, days);
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-base font-semibold text-neutral-900">
        Overview
      </h2>
      <QueryContent query={overview} loadingLabel="Loading totals…">
        {(data) => (
          <>
            <OverviewCards overview={data} days={days} />
            {data.estimated && (
              <p className="text-xs text-neutral-600">
                Estimated: Bluesky and Mastodon do not report impressions, so they are estimated from the account’s followers and history, and rewards that use them are marked
                as estimated.
              </p>
            )}
          </>
        )}
      </QueryContent>
    </section>
  );
}
