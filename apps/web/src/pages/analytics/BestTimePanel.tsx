import { AnalyticsPanel } from './AnalyticsPanel.tsx';
import type { PeriodDays } from './analytics-period.ts';
import { BestTimeHeatMap } from './BestTimeHeatMap.tsx';
import { QueryContent } from './QueryContent.tsx';
import { useAudience } from './use-audience.ts';

export function BestTimePanel({ brandId, days }: { brandId: string; days: PeriodDays }) {
  const audience = useAudience(brandId, days);
  return (
    <AnalyticsPanel
      title="Best time to post"
      description="Expected reward for each hour of the week, from the brand’s own posts, shrunk towards the network’s usual busy hours where there are few. Add to queue uses it."
    >
      <QueryContent query={audience} loadingLabel="Loading best times…">
        {(data) => <BestTimeHeatMap tables={data.bestTimes} timeZone={data.timeZone} />}
      </QueryContent>
    </AnalyticsPanel>
  );
}
