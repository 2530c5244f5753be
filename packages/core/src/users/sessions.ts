import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import type { RequestOrigin } from '../shared/actor';
import type { Pagination } from '../shared/pagination';

/** The user's signed-in devices; `current` marks the one making the request. */
export async function listSessions(deps: Pick<CoreDeps, 'uow' | 'clock'>, userId: string, currentSessionId: string, pagination: Pagination) {
  const page = await deps.uow.sessions.listActiveForUser(userId, deps.clock.now(), pagination);
  return {
    ...page,
    items: page.items.map((session) => ({
      id: session.id,
      device: session.device,
      ip: session.ip,
      createdAt: session.createdAt,
      lastUsedAt: session.lastUsedAt,
      expiresAt: session.expiresAt,
      current: session.id === currentSessionId,
    })),
  };
}

/** Signs one device out. Another user's session id answers "not found", like an unknown one. */
export async function revokeSession(deps: Pick<CoreDeps, 'uow' | 'clock'>, userId: string, sessionId: string, origin: RequestOrigin) {
  const now = deps.clock.now();
  const session = await deps.uow.sessions.findActiveForUser(userId, sessionId, now);
  if (!session) throw AppError.notFound('Session');
  await deps.uow.transaction(async (repos) => {
    await repos.sessions.revoke(session.id, 'revoked_by_user', now);
    await recordAudit(repos, origin, {
      organizationId: null,
      actorUserId: userId,
      action: 'session.revoked',
      entityType: 'session',
      entityId: session.id,
      before: { device: session.device, ip: session.ip },
    });
  });
}
