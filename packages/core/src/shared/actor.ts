import type { Role } from '../organizations/roles';

/** Where a request came from; recorded in the audit log. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** A signed-in user acting inside one organization with one role. */
export interface Actor extends RequestOrigin {
  userId: string;
  organizationId: string;
  role: Role;
}
