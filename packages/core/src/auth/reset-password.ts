import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import type { RequestOrigin } from '../shared/actor';
import { hashToken } from './secret-tokens';

export const invalidLinkError = (what: string) =>
  new AppError('TOKEN_INVALID', {
    message: `${what} token is invalid, expired or already used`,
    userMessage: 'This link is invalid or has expired. Request a new one.',
    details: { issues: [{ field: 'token', message: 'Invalid or expired' }] },
  });

/** Sets a new password from a reset link and signs the user out everywhere. */
export async function resetPassword(deps: CoreDeps, input: { token: string; password: string }, origin: RequestOrigin): Promise<void> {
  const passwordHash = await deps.passwords.hash(input.password);
  await deps.uow.transaction(async (repos) => {
    const now = deps.clock.now();
    const token = await repos.userTokens.consume(hashToken(input.token), 'reset_password', now);
    if (!token) throw invalidLinkError('Reset');
    // The reset link arrived by email, which also proves the address.
    const user = await repos.users.findById(token.userId);
    await repos.users.update(token.userId, { passwordHash, emailVerifiedAt: user?.emailVerifiedAt ?? now });
    await repos.sessions.revokeAllForUser(token.userId, 'password_reset', now);
    await recordAudit(repos, origin, {
      organizationId: null,
      actorUserId: token.userId,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: token.userId,
    });
  });
}
