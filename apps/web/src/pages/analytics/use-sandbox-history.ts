import { useMutation, useQueryClient } from '@tanstack/react-query';
import { simulateSandboxHistory } from '../../api/analytics.ts';
import { queryKeys } from '../../api/query-keys.ts';

/** "Simulate 30 days of Sandbox history", then every figure of the brand (and the post lists) read again. */
export function useSandboxHistory(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => simulateSandboxHistory(brandId),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.analyticsOfBrand(brandId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.posts }),
      ]);
    },
  });
}
