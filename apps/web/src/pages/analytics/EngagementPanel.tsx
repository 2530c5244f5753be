import { useQuery } from '@tanstack/react-query';
import { getEngagementSeries } from '../../api/analytics.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { AnalyticsPanel } from './AnalyticsPanel.tsx';
import { intervalOf, rangeOf, type PeriodDays } from './analytics-period.ts';
import { EngagementChart } from './EngagementChart.tsx';
import { EmptyPanelState } from './EmptyPanelState.tsx';
import { QueryContent } from './QueryContent.tsx';

export function EngagementPanel({ brandId, days }: { brandId: string; days: PeriodDays }) {
  const interval = intervalOf(days);
  const series = useQuery({
    queryKey: queryKeys.analytics(brandId, 'engagement', { days, interval }),
    queryFn: () => getEngagementSeries(rangeOf(brandId, days), interval),
  });
  return (
    <AnalyticsPanel title="Engagement over time" description={`Per ${interval} and platform, from the metrics the networks reported for the brand’s posts.`}>
      <QueryContent query={series} loadingLabel="Loading engagement…">
        {(data) =>
          data.series.length === 0 ? (
            <EmptyPanelState title="No engagement measured in this period.">Metrics are fetched every few hours for posts published in the last 30 days.</EmptyPanelState>
          ) : (
            <EngagementChart series={data.series} interval={interval} />
          )
        }
      </QueryContent>
    </AnalyticsPanel>
  );
}
