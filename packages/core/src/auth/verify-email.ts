import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import type { RequestOrigin } from '../shared/actor';
import { invalidLinkError } from './reset-password';
import { hashToken } from './secret-tokens';

export async function verifyEmail(deps: Pick<CoreDeps, 'uow' | 'clock'>, token: string, origin: RequestOrigin): Promise<void> {
  await deps.uow.transaction(async (repos) => {
    const now = deps.clock.now();
    const consumed = await repos.userTokens.consume(hashToken(token), 'verify_email', now);
    if (!consumed) throw invalidLinkError('Verification');
    await repos.users.update(consumed.userId, { emailVerifiedAt: now });
    await recordAudit(repos, origin, {
      organizationId: null,
      actorUserId: consumed.userId,
      action: 'user.email_verified',
      entityType: 'user',
      entityId: consumed.userId,
    });
  });
}
