import { AppError } from '../errors';
import type { CoreDeps } from '../deps';
import type { Actor, RequestOrigin } from '../shared/actor';

/** The authenticated principal before an organization is chosen. */
export interface Principal {
  userId: string;
  sessionId: string;
}

/** Access tokens outlive nothing: a logged-out or revoked session stops working at once. */
export async function assertSessionLive(deps: Pick<CoreDeps, 'uow' | 'clock'>, principal: Principal): Promise<void> {
  const session = await deps.uow.sessions.findActiveForUser(principal.userId, principal.sessionId, deps.clock.now());
  if (!session) {
    throw new AppError('UNAUTHENTICATED', { message: 'Session ended', userMessage: 'Your session has ended. Please log in again.' });
  }
}

/**
 * Picks the organization of a request: the one it names, else the user's first. An
 * organization the user is not a member of is "not found", never "forbidden", so ids do not leak.
 */
export async function resolveActor(
  deps: Pick<CoreDeps, 'uow'>,
  principal: Principal,
  requestedOrganizationId: string | null,
  origin: RequestOrigin,
): Promise<Actor> {
  const membership = requestedOrganizationId
    ? await deps.uow.memberships.find(requestedOrganizationId, principal.userId)
    : await deps.uow.memberships.findDefault(principal.userId);
  if (!membership) throw AppError.notFound('Organization');
  return { userId: principal.userId, organizationId: membership.organizationId, role: membership.role, ...origin };
}
