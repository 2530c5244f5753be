import { useQuery } from '@tanstack/react-query';
import { listBrands } from '../api/brands.ts';
import { queryKeys } from '../api/query-keys.ts';

export function useBrands() {
  return useQuery({ queryKey: queryKeys.brands, queryFn: listBrands });
}
