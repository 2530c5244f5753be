import { useQuery } from '@tanstack/react-query';
import { listOrganizations } from '../api/organizations.ts';
import { queryKeys } from '../api/query-keys.ts';

export function useOrganizations() {
  return useQuery({ queryKey: queryKeys.organizations, queryFn: listOrganizations });
}
