import type { CoreDeps } from '../deps';
import { verificationEmail } from '../email/email-templates';
import type { UserRecord } from '../ports/entities';
import type { Repositories } from '../ports/repositories';
import { addDays, hashToken, newSecretToken } from './secret-tokens';

const VERIFICATION_TTL_DAYS = 3;

/** Writes a verification token and its email to the outbox; returns the outbox id to dispatch. */
export async function issueEmailVerification(
  deps: Pick<CoreDeps, 'clock' | 'settings'>,
  repos: Repositories,
  user: UserRecord,
): Promise<string> {
  const token = newSecretToken();
  await repos.userTokens.create({
    userId: user.id,
    purpose: 'verify_email',
    tokenHash: hashToken(token),
    expiresAt: addDays(deps.clock.now(), VERIFICATION_TTL_DAYS),
  });
  const link = `${deps.settings.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
  const email = await repos.emailOutbox.enqueue(verificationEmail(user, link));
  return email.id;
}
