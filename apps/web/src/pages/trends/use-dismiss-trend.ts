import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.ts';
import type { BrandTrends, RankedTrend } from '../../api/schemas/trend.ts';
import { dismissTrend } from '../../api/trends.ts';

const without = (trends: BrandTrends, trendId: string): BrandTrends => ({
  ...trends,
  recommended: trends.recommended.filter((ranked) => ranked.trend.id !== trendId),
  watchlist: trends.watchlist.filter((ranked) => ranked.trend.id !== trendId),
});

/**
 * Dismisses a trend for the brand. The card goes at once; if the server refuses, the list comes
 * back as it was and the error shows.
 */
export function useDismissTrend(brandId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.brandTrends(brandId);
  return useMutation({
    mutationFn: (ranked: RankedTrend) => dismissTrend(brandId, ranked.trend.id),
    onMutate: async (ranked) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<BrandTrends>(key);
      if (before) queryClient.setQueryData<BrandTrends>(key, without(before, ranked.trend.id));
      return { before };
    },
    onError: (_error, _ranked, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
