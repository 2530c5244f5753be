import { roles, type Role } from '../../api/schemas/common.ts';
import { capitalise } from '../../components/labels.ts';

/**
 * Roles the current person may hand out: owners any, admins up to admin ("owners only may
 * invite owners"), everyone else none. The server enforces the same rule.
 */
export function assignableRoles(currentRole: Role | undefined): Role[] {
  if (currentRole === 'owner') return [...roles];
  if (currentRole === 'admin') return roles.filter((role) => role !== 'owner');
  return [];
}

export function roleOptions(available: readonly Role[]) {
  return available.map((role) => ({ value: role, label: capitalise(role) }));
}
