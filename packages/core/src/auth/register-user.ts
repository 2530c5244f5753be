import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import type { Repositories } from '../ports/repositories';
import type { RequestOrigin } from '../shared/actor';
import { createOrganizationWithOwner } from '../organizations/create-organization';
import { joinThroughInvitation } from '../organizations/join-through-invitation';
import type { RegisterInput } from './auth.schemas';
import { limitEmailRequests } from './email-rate-limit';
import { issueEmailVerification } from './issue-email-verification';
import { openSession } from './open-session';

function emailTaken(): AppError {
  return new AppError('CONFLICT', {
    message: 'An account with this email already exists',
    userMessage: 'An account with this email already exists. Log in instead.',
    details: { issues: [{ field: 'email', message: 'Already registered' }] },
  });
}

/**
 * Creates an account. Without an invitation the user gets a new organization as its owner;
 * with one, the user joins the inviting organization (and their email counts as verified,
 * since the invitation reached it).
 */
export async function registerUser(deps: CoreDeps, input: RegisterInput, origin: RequestOrigin) {
  await limitEmailRequests(deps, 'register', input.email, origin.ip);
  if (await deps.uow.users.findByEmail(input.email)) throw emailTaken();
  const passwordHash = await deps.passwords.hash(input.password);

  const { session, outboxId } = await deps.uow.transaction(async (repos: Repositories) => {
    let user = await repos.users.create({ email: input.email, name: input.name, passwordHash });
    await recordAudit(repos, origin, {
      organizationId: null,
      actorUserId: user.id,
      action: 'user.registered',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, name: user.name },
    });
    let outboxId: string | null = null;
    if (input.inviteToken) {
      await joinThroughInvitation(deps, repos, origin, { token: input.inviteToken, user });
      user = await repos.users.update(user.id, { emailVerifiedAt: deps.clock.now() });
    } else {
      const name = input.organizationName ?? `${input.name}'s organization`;
      await createOrganizationWithOwner(repos, origin, { name, ownerUserId: user.id });
      outboxId = await issueEmailVerification(deps, repos, user);
    }
    return { session: await openSession(deps, repos, user, origin), outboxId };
  }).catch((error: unknown) => {
    // Two registrations racing for one address: the unique index answers for the loser.
    if (error instanceof Error && /users_email_lower_key/.test(`${error.message} ${String(error.cause)}`)) throw emailTaken();
    throw error;
  });

  if (outboxId) await deps.emails.dispatch(outboxId);
  return session;
}
