import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import type { RequestOrigin } from '../shared/actor';
import { hashToken } from './secret-tokens';

/** Ends the session behind this refresh token. Unknown tokens are fine: logging out is idempotent. */
export async function logOut(deps: Pick<CoreDeps, 'uow' | 'clock'>, refreshToken: string | undefined, origin: RequestOrigin): Promise<void> {
  if (!refreshToken) return;
  const session = await deps.uow.sessions.findByTokenHash(hashToken(refreshToken));
  if (!session || session.revokedAt) return;
  await deps.uow.transaction(async (repos) => {
    await repos.sessions.revoke(session.id, 'logout', deps.clock.now());
    await recordAudit(repos, origin, {
      organizationId: null,
      actorUserId: session.userId,
      action: 'user.logged_out',
      entityType: 'session',
      entityId: session.id,
    });
  });
}
