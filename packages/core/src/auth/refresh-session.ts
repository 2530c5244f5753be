import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import type { RequestOrigin } from '../shared/actor';
import { addDays, hashToken, newSecretToken } from './secret-tokens';
import { sessionResultFor } from './open-session';

const sessionInvalid = () =>
  new AppError('SESSION_INVALID', { message: 'Session expired or revoked', userMessage: 'Your session has ended. Please log in again.' });

/**
 * Two tabs refreshing at the same moment both send the same cookie; the loser presents a token
 * the winner has just replaced. Within this window that is a race, not theft: answer "retry"
 * (the browser now holds the new cookie) instead of revoking the session.
 */
export const CONCURRENT_REFRESH_GRACE_MS = 10_000;

const refreshedConcurrently = () =>
  new AppError('CONFLICT', {
    message: 'The session was just refreshed by another request; retry with the current cookie',
    userMessage: 'Please try again.',
    details: { retry: true },
  });

/**
 * Exchanges a refresh token for a new access token and a new refresh token (rotation). A token
 * that was already exchanged once is proof it was copied: the whole session is revoked, so
 * neither the thief nor the user can continue without logging in again — unless it is the token
 * replaced a moment ago by a concurrent refresh (see CONCURRENT_REFRESH_GRACE_MS).
 */
export async function refreshSession(deps: CoreDeps, refreshToken: string, origin: RequestOrigin) {
  const now = deps.clock.now();
  const presentedHash = hashToken(refreshToken);
  const session = await deps.uow.sessions.findByTokenHash(presentedHash);

  if (!session) {
    const reused = await deps.uow.sessions.findByPreviousTokenHash(presentedHash);
    const justReplaced =
      reused?.previousTokenHashes[0] === presentedHash && now.getTime() - reused.lastUsedAt.getTime() < CONCURRENT_REFRESH_GRACE_MS;
    if (reused && !reused.revokedAt && justReplaced) throw refreshedConcurrently();
    if (reused && !reused.revokedAt) {
      await deps.uow.transaction(async (repos) => {
        await repos.sessions.revoke(reused.id, 'refresh_token_reuse', now);
        await recordAudit(repos, origin, {
          organizationId: null,
          actorUserId: reused.userId,
          action: 'session.reuse_detected',
          entityType: 'session',
          entityId: reused.id,
        });
      });
    }
    throw sessionInvalid();
  }
  if (session.revokedAt || session.expiresAt <= now) throw sessionInvalid();

  const user = await deps.uow.users.findById(session.userId);
  if (!user) throw sessionInvalid();
  const nextToken = newSecretToken();
  const rotated = await deps.uow.sessions.rotate(
    session.id,
    presentedHash,
    hashToken(nextToken),
    now,
    addDays(now, deps.settings.refreshTokenTtlDays),
  );
  // Another request rotated this token between our read and our write: the same race.
  if (!rotated) throw refreshedConcurrently();
  return { result: await sessionResultFor(deps, deps.uow, user, session.id), refreshToken: nextToken };
}
