import type { CoreDeps } from '../deps';
import { AppError } from '../errors';
import { issueEmailVerification } from './issue-email-verification';

/** Sends a fresh verification link; a no-op for already verified users. */
export async function resendVerification(deps: CoreDeps, userId: string): Promise<void> {
  const user = await deps.uow.users.findById(userId);
  if (!user) throw AppError.notFound('User');
  if (user.emailVerifiedAt) return;
  const outboxId = await deps.uow.transaction((repos) => issueEmailVerification(deps, repos, user));
  await deps.emails.dispatch(outboxId);
}
