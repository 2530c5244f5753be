import type { CoreDeps } from '../deps';
import { AppError } from '../errors';
import type { RequestOrigin } from '../shared/actor';
import { limitEmailRequests } from './email-rate-limit';
import { issueEmailVerification } from './issue-email-verification';

/** Sends a fresh verification link; a no-op for already verified users. */
export async function resendVerification(deps: CoreDeps, userId: string, origin: RequestOrigin): Promise<void> {
  const user = await deps.uow.users.findById(userId);
  if (!user) throw AppError.notFound('User');
  if (user.emailVerifiedAt) return;
  await limitEmailRequests(deps, 'verification', user.email, origin.ip);
  const outboxId = await deps.uow.transaction((repos) => issueEmailVerification(deps, repos, user));
  await deps.emails.dispatch(outboxId);
}
