import type { CoreDeps } from '../deps';
import type { UserRecord } from '../ports/entities';
import type { Repositories } from '../ports/repositories';
import type { RequestOrigin } from '../shared/actor';
import { addDays, hashToken, newSecretToken } from './secret-tokens';
import { toPublicUser, type SessionResult } from './session-result';
import { describeDevice } from './describe-device';

/** The organizations shown in the switcher; nobody realistically belongs to more than 100. */
const SWITCHER_PAGE = { page: 1, limit: 100 };

export async function sessionResultFor(
  deps: Pick<CoreDeps, 'accessTokens'>,
  repos: Repositories,
  user: UserRecord,
  sessionId: string,
): Promise<SessionResult> {
  const [access, organizations] = await Promise.all([
    deps.accessTokens.issue({ userId: user.id, sessionId }),
    repos.organizations.listForUser(user.id, SWITCHER_PAGE),
  ]);
  return { accessToken: access.token, expiresIn: access.expiresInSeconds, user: toPublicUser(user), organizations: organizations.items };
}

/** Starts a new sign-in (refresh-token family) for the user and returns its first tokens. */
export async function openSession(
  deps: Pick<CoreDeps, 'accessTokens' | 'clock' | 'settings'>,
  repos: Repositories,
  user: UserRecord,
  origin: RequestOrigin,
): Promise<{ result: SessionResult; refreshToken: string }> {
  const refreshToken = newSecretToken();
  const session = await repos.sessions.create({
    userId: user.id,
    refreshTokenHash: hashToken(refreshToken),
    device: describeDevice(origin.userAgent),
    ip: origin.ip,
    userAgent: origin.userAgent,
    expiresAt: addDays(deps.clock.now(), deps.settings.refreshTokenTtlDays),
  });
  return { result: await sessionResultFor(deps, repos, user, session.id), refreshToken };
}
