import { useQuery } from '@tanstack/react-query';
import { getPostPerformance } from '../../api/analytics.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { AnalyticsPanel } from './AnalyticsPanel.tsx';
import { rangeOf, type PeriodDays } from './analytics-period.ts';
import { EmptyPanelState } from './EmptyPanelState.tsx';
import { QueryContent } from './QueryContent.tsx';
import { TopPostsTable } from './TopPostsTable.tsx';

const topPostCount = 10;

export function TopPostsPanel({ brandId, days }: { brandId: string; days: PeriodDays }) {
  const posts = useQuery({
    queryKey: queryKeys.analytics(brandId, 'posts', { days, sort: 'reward', order: 'desc', limit: topPostCount }),
    queryFn: () => getPostPerformance(rangeOf(brandId, days), { sort: 'reward', order: 'desc', limit: topPostCount }),
  });
  return (
    <AnalyticsPanel
      title="Top posts"
      description="By reward: (likes + 3 × comments + 5 × shares) ÷ impressions, scaled to 0–5. Provisional for a post’s first 7 days, final after."
    >
      <QueryContent query={posts} loadingLabel="Loading posts…">
        {(page) =>
          page.items.length === 0 ? (
            <EmptyPanelState title="No published posts in this period.">Posts appear here once they are published and their first metrics arrive.</EmptyPanelState>
          ) : (
            <>
              <TopPostsTable posts={page.items} />
              {page.total > page.items.length && (
                <p className="mt-2 text-xs text-neutral-500">
                  The best {page.items.length} of {page.total} published posts; Export CSV lists them all.
                </p>
              )}
            </>
          )
        }
      </QueryContent>
    </AnalyticsPanel>
  );
}
