import crypto from 'node:crypto';
import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { hashToken, newSecretToken } from '../auth/secret-tokens';
import { assertCan } from '../organizations/permissions';
import type { CoreDeps } from '../deps';
import { isProviderError } from '../ports/social-provider';
import type { Actor, RequestOrigin } from '../shared/actor';
import { platformLabels, type Platform } from './platforms';
import { toSocialAccountView } from './social-account';
import { storeConnectedAccount } from './store-connected-account';

/** Ten minutes to approve the app on the platform's consent screen. */
const STATE_TTL_MS = 10 * 60_000;

const callbackUrl = (deps: Pick<CoreDeps, 'settings'>, platform: Platform) => `${deps.settings.publicUrl}/api/v1/social-accounts/oauth/${platform}/callback`;

function clientFor(deps: Pick<CoreDeps, 'settings' | 'providers'>, platform: Platform) {
  const registration = deps.settings.oauthClients[platform];
  const connector = deps.providers.connector(platform);
  if (!registration || !connector?.authorizationUrl || !connector.exchangeCode) return null;
  return { registration, connector, client: { clientId: registration.clientId, clientSecret: registration.clientSecret, redirectUri: callbackUrl(deps, platform), scopes: [] } };
}

/**
 * Step one of connecting an OAuth account (X): remembers who asked, for which brand, and the
 * PKCE verifier, and returns the platform's consent URL to send the browser to.
 */
export async function startOAuthConnection(deps: CoreDeps, actor: Actor, input: { platform: Platform; brandId: string }): Promise<{ url: string }> {
  assertCan(actor.role, 'social_accounts.manage');
  const setup = clientFor(deps, input.platform);
  if (!setup) {
    throw AppError.invalid(
      [{ field: 'platform', message: `${platformLabels[input.platform]} sign-in is not configured on this installation` }],
      `${platformLabels[input.platform]} sign-in is not set up here. An administrator can enable it (see docs/configuration.md).`,
    );
  }
  const brand = await deps.uow.brands.findById(actor.organizationId, input.brandId);
  if (!brand) throw AppError.invalid([{ field: 'brandId', message: 'No such brand in this organization' }]);
  const state = newSecretToken();
  const codeVerifier = crypto.randomBytes(32).toString('base64url');
  await deps.uow.oauthStates.create({
    stateHash: hashToken(state),
    organizationId: actor.organizationId,
    brandId: brand.id,
    userId: actor.userId,
    platform: input.platform,
    codeVerifier,
    expiresAt: new Date(deps.clock.now().getTime() + STATE_TTL_MS),
  });
  const codeChallenge = crypto.createHash('sha256').update(codeVerifier).digest('base64url');
  // authorizationUrl exists: clientFor checked it.
  const url = setup.connector.authorizationUrl?.({ baseUrl: setup.registration.baseUrl, client: setup.client, state, codeChallenge }) ?? '';
  return { url };
}

/**
 * Step two, when the platform sends the browser back: the state proves who started the flow
 * (this request carries no session of ours), the code becomes tokens, and the account is stored.
 */
export async function finishOAuthConnection(deps: CoreDeps, input: { platform: Platform; state: string; code: string }, origin: RequestOrigin) {
  const started = await deps.uow.oauthStates.consume(hashToken(input.state), deps.clock.now());
  if (!started || started.platform !== input.platform) {
    throw new AppError('TOKEN_INVALID', { message: 'Unknown or expired OAuth state', userMessage: 'That sign-in took too long or was already used. Start again.' });
  }
  const setup = clientFor(deps, input.platform);
  if (!setup?.connector.exchangeCode) throw new AppError('UNAVAILABLE', { message: `${input.platform} sign-in is no longer configured` });
  let identity;
  try {
    identity = await setup.connector.exchangeCode({ baseUrl: setup.registration.baseUrl, client: setup.client, code: input.code, codeVerifier: started.codeVerifier });
  } catch (error) {
    if (!isProviderError(error)) throw error;
    throw new AppError('VALIDATION_FAILED', { message: `Could not finish connecting: ${error.message}`, userMessage: `${platformLabels[input.platform]} did not accept the sign-in. Start again.` });
  }
  return deps.uow.transaction(async (repos) => {
    const account = await storeConnectedAccount(repos, { vault: deps.vault, now: deps.clock.now() }, { organizationId: started.organizationId, brandId: started.brandId, platform: input.platform }, identity);
    await recordAudit(repos, origin, {
      organizationId: started.organizationId,
      actorUserId: started.userId,
      action: 'social_account.connected',
      entityType: 'social_account',
      entityId: account.id,
      after: { platform: account.platform, handle: account.handle, brandId: started.brandId, via: 'oauth' },
    });
    return toSocialAccountView(account);
  });
}
