import { useQuery } from '@tanstack/react-query';
import { getAudience } from '../../api/analytics.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { rangeOf, type PeriodDays } from './analytics-period.ts';

/** Best times and performance by tone, format and platform: one request shared by two panels. */
export function useAudience(brandId: string, days: PeriodDays) {
  return useQuery({ queryKey: queryKeys.analytics(brandId, 'audience', { days }), queryFn: () => getAudience(rangeOf(brandId, days)) });
}
