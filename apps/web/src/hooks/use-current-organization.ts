import { useQuery } from '@tanstack/react-query';
import { getCurrentOrganization } from '../api/organizations.ts';
import { queryKeys } from '../api/query-keys.ts';
import { isAtLeast, type Role } from '../api/schemas/common.ts';

/**
 * The organization being worked in and the person's role there. The role only shapes what
 * the UI offers; the server enforces every permission on its own.
 */
export function useCurrentOrganization() {
  const query = useQuery({ queryKey: queryKeys.currentOrganization, queryFn: getCurrentOrganization });
  const role = query.data?.role;
  return {
    ...query,
    role,
    can: (minimum: Role) => isAtLeast(role, minimum),
  };
}
