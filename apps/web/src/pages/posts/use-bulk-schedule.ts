import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bulkSchedulePosts, type BulkScheduleItem } from '../../api/post-batch.ts';
import { queryKeys } from '../../api/query-keys.ts';

/** Schedules the chosen posts in one call; every post view refreshes afterwards, whatever the outcome. */
export function useBulkSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: BulkScheduleItem[]) => bulkSchedulePosts(items),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.posts }),
  });
}
