import type { CoreDeps } from '../deps';
import { passwordResetEmail } from '../email/email-templates';
import type { RequestOrigin } from '../shared/actor';
import { recordAudit } from '../audit/record-audit';
import { limitEmailRequests } from './email-rate-limit';
import { hashToken, newSecretToken } from './secret-tokens';

const RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Emails a one-hour reset link if the address has an account. The caller answers the same way
 * either way, so the endpoint cannot be used to discover who has an account.
 */
export async function requestPasswordReset(deps: CoreDeps, email: string, origin: RequestOrigin): Promise<void> {
  await limitEmailRequests(deps, 'password-reset', email, origin.ip);
  const user = await deps.uow.users.findByEmail(email);
  if (!user) return;
  const token = newSecretToken();
  const outboxId = await deps.uow.transaction(async (repos) => {
    await repos.userTokens.create({
      userId: user.id,
      purpose: 'reset_password',
      tokenHash: hashToken(token),
      expiresAt: new Date(deps.clock.now().getTime() + RESET_TTL_MS),
    });
    await recordAudit(repos, origin, {
      organizationId: null,
      actorUserId: user.id,
      action: 'user.password_reset_requested',
      entityType: 'user',
      entityId: user.id,
    });
    const link = `${deps.settings.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    return (await repos.emailOutbox.enqueue(passwordResetEmail(user, link))).id;
  });
  await deps.emails.dispatch(outboxId);
}
