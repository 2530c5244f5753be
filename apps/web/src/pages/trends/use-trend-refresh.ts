import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { queryKeys } from '../../api/query-keys.ts';
import type { TrendRun } from '../../api/schemas/trend.ts';
import { getTrendRun, requestTrendAnalysis } from '../../api/trends.ts';
import { isRunActive } from './trend-labels.ts';

/** How often the page asks about a run still under way. */
const pollIntervalMs = 2_000;

/**
 * The organization's newest trend run, followed every two seconds while it is queued or running,
 * and "Refresh now", which queues a forced run and starts following it. When a followed run
 * finishes, every trend query is refetched so the lists show what it found.
 */
export function useTrendRefresh() {
  const queryClient = useQueryClient();
  const latest = useQuery({
    queryKey: queryKeys.latestTrendRun,
    queryFn: () => getTrendRun('latest'),
    refetchInterval: (query) => (isRunActive(query.state.data?.status) ? pollIntervalMs : false),
  });

  const refresh = useMutation({
    mutationFn: requestTrendAnalysis,
    onSuccess: ({ run }) => queryClient.setQueryData<TrendRun | null>(queryKeys.latestTrendRun, run),
  });

  // Refetch the lists on the transition from "under way" to finished, not on every poll.
  const previousStatus = useRef(latest.data?.status);
  const status = latest.data?.status;
  useEffect(() => {
    if (isRunActive(previousStatus.current) && !isRunActive(status)) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.trendsAll, predicate: (query) => query.queryKey[1] !== 'runs' });
    }
    previousStatus.current = status;
  }, [status, queryClient]);

  const run = latest.data ?? null;
  return { run, active: isRunActive(run?.status), refresh };
}
