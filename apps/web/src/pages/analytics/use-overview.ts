import { useQuery } from '@tanstack/react-query';
import { getAnalyticsOverview } from '../../api/analytics.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { rangeOf, type PeriodDays } from './analytics-period.ts';

/** The period's totals; the page also reads them to tell an empty brand from a measured one. */
export function useOverview(brandId: string, days: PeriodDays) {
  return useQuery({ queryKey: queryKeys.analytics(brandId, 'overview', { days }), queryFn: () => getAnalyticsOverview(rangeOf(brandId, days)) });
}
