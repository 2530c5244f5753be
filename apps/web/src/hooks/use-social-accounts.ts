import { useQuery } from '@tanstack/react-query';
import { listSocialAccounts } from '../api/social-accounts.ts';
import { queryKeys } from '../api/query-keys.ts';

/** The organization's connected accounts; screens pick a brand's own with `accountsOfBrand`. */
export function useSocialAccounts() {
  return useQuery({ queryKey: queryKeys.socialAccounts, queryFn: () => listSocialAccounts() });
}
