import { useQuery } from '@tanstack/react-query';
import { getFollowerGrowth } from '../../api/analytics.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { AnalyticsPanel } from './AnalyticsPanel.tsx';
import { rangeOf, type PeriodDays } from './analytics-period.ts';
import { FollowerGrowth } from './FollowerGrowth.tsx';
import { QueryContent } from './QueryContent.tsx';

export function GrowthPanel({ brandId, days }: { brandId: string; days: PeriodDays }) {
  const growth = useQuery({ queryKey: queryKeys.analytics(brandId, 'growth', { days }), queryFn: () => getFollowerGrowth(rangeOf(brandId, days)) });
  return (
    <AnalyticsPanel title="Follower growth" description="Followers of each of the brand’s accounts, recorded at every sync.">
      <QueryContent query={growth} loadingLabel="Loading followers…">
        {(data) => <FollowerGrowth accounts={data.accounts} />}
      </QueryContent>
    </AnalyticsPanel>
  );
}
