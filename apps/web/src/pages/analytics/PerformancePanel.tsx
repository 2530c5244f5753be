import { AnalyticsPanel } from './AnalyticsPanel.tsx';
import type { PeriodDays } from './analytics-period.ts';
import { PerformanceBreakdown } from './PerformanceBreakdown.tsx';
import { QueryContent } from './QueryContent.tsx';
import { useAudience } from './use-audience.ts';

export function PerformancePanel({ brandId, days }: { brandId: string; days: PeriodDays }) {
  const audience = useAudience(brandId, days);
  return (
    <AnalyticsPanel title="Performance by tone, format and platform" description="What kind of content earns the most for this brand, from its own posts.">
      <QueryContent query={audience} loadingLabel="Loading performance…">
        {(data) => <PerformanceBreakdown audience={data} />}
      </QueryContent>
    </AnalyticsPanel>
  );
}
