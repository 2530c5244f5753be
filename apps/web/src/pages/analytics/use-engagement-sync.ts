import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { requestEngagementSync } from '../../api/analytics.ts';
import { queryKeys } from '../../api/query-keys.ts';

/** The worker fetches in the background: the dashboard reads its figures again after this long. */
const rereadAfterMs = 15_000;

/**
 * "Sync now": queues a fetch of fresh metrics, then reads the dashboard again at once and once more
 * a little later, when the worker has had time to store what the networks answered.
 */
export function useEngagementSync() {
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMutation({
    mutationFn: requestEngagementSync,
    onSuccess: () => {
      const reread = () => queryClient.invalidateQueries({ queryKey: queryKeys.analyticsAll });
      void reread();
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void reread(), rereadAfterMs);
    },
  });
}
