import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import type { RequestOrigin } from '../shared/actor';
import type { LoginInput } from './auth.schemas';
import { accountKey, countLoginAttempt } from './login-rate-limit';
import { openSession } from './open-session';

/** Hashed once on first use: lets unknown emails take as long as known ones (no user enumeration by timing). */
let decoyHash: Promise<string> | null = null;

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', {
    message: 'Email or password is incorrect',
    userMessage: 'That email and password do not match an account.',
  });

export async function logIn(deps: CoreDeps, input: LoginInput, origin: RequestOrigin) {
  await countLoginAttempt(deps, input.email, origin.ip);
  const user = await deps.uow.users.findByEmail(input.email);
  if (!user) {
    decoyHash ??= deps.passwords.hash('decoy-password-for-timing');
    await deps.passwords.verify(await decoyHash, input.password);
    throw invalidCredentials();
  }
  if (!(await deps.passwords.verify(user.passwordHash, input.password))) throw invalidCredentials();

  await deps.uow.rateLimits.clear(accountKey(input.email));
  return deps.uow.transaction(async (repos) => {
    const opened = await openSession(deps, repos, user, origin);
    await recordAudit(repos, origin, {
      organizationId: null,
      actorUserId: user.id,
      action: 'user.logged_in',
      entityType: 'user',
      entityId: user.id,
    });
    return opened;
  });
}
