import { z } from 'zod';
import { AppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../organizations/permissions';
import type { CredentialVault } from '../ports/credential-vault';
import type { ProviderRegistry } from '../ports/provider-registry';
import type { UnitOfWork } from '../ports/repositories';
import { isProviderError } from '../ports/social-provider';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import type { Pagination } from '../shared/pagination';
import { platformLabels, platforms } from './platforms';
import { toSocialAccountView } from './social-account';
import { storeConnectedAccount } from './store-connected-account';

export interface AccountsDeps {
  uow: UnitOfWork;
  clock: Clock;
  providers: ProviderRegistry;
  vault: CredentialVault;
}

export const connectAccountSchema = z
  .object({
    brandId: z.uuid(),
    platform: z.enum(platforms),
    /** Handle (Bluesky, Sandbox) or account name; for Mastodon the instance URL goes in baseUrl. */
    identifier: z.string().trim().min(1).max(300),
    /** App password (Bluesky) or access token (Mastodon); not needed for the Sandbox. */
    secret: z.string().max(4000).default(''),
    baseUrl: z.url().optional(),
  })
  .strict();
export type ConnectAccountInput = z.infer<typeof connectAccountSchema>;

const defaultBaseUrls = { sandbox: 'https://sandbox.socialseed.local', x: 'https://api.x.com', bluesky: 'https://bsky.social', mastodon: 'https://mastodon.social' } as const;

/**
 * Connects an account with an app password or token (Bluesky, Mastodon) or just a handle
 * (Sandbox). Reconnecting a known account refreshes its credentials and releases its held posts.
 */
export async function connectSocialAccount(deps: AccountsDeps, actor: Actor, input: ConnectAccountInput) {
  assertCan(actor.role, 'social_accounts.manage');
  const brand = await deps.uow.brands.findById(actor.organizationId, input.brandId);
  if (!brand) throw AppError.invalid([{ field: 'brandId', message: 'No such brand in this organization' }]);
  const connector = deps.providers.connector(input.platform);
  if (!connector?.connectWithSecret) {
    const label = platformLabels[input.platform];
    throw AppError.invalid(
      [{ field: 'platform', message: `${label} accounts cannot be connected with a password or token on this installation` }],
      `${label} accounts cannot be connected this way here (they need the OAuth sign-in, which is not set up on this installation).`,
    );
  }
  let identity;
  try {
    identity = await connector.connectWithSecret({ baseUrl: input.baseUrl ?? defaultBaseUrls[input.platform], identifier: input.identifier, secret: input.secret });
  } catch (error) {
    if (!isProviderError(error)) throw error;
    throw new AppError(error.kind === 'retry' ? 'UNAVAILABLE' : 'VALIDATION_FAILED', {
      message: `Could not connect: ${error.message}`,
      userMessage: error.kind === 'retry' ? `${platformLabels[input.platform]} did not answer; try again shortly.` : `${platformLabels[input.platform]} refused these credentials.`,
      details: { issues: error.kind === 'retry' ? [] : [{ field: 'secret', message: 'Refused by the platform' }] },
    });
  }
  return deps.uow.transaction(async (repos) => {
    const account = await storeConnectedAccount(repos, { vault: deps.vault, now: deps.clock.now() }, { organizationId: actor.organizationId, brandId: brand.id, platform: input.platform }, identity);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'social_account.connected',
      entityType: 'social_account',
      entityId: account.id,
      after: { platform: account.platform, handle: account.handle, brandId: brand.id },
    });
    return toSocialAccountView(account);
  });
}


export async function listSocialAccounts(deps: { uow: UnitOfWork }, actor: Actor, filter: { brandId?: string }, pagination: Pagination) {
  assertCan(actor.role, 'social_accounts.read');
  const page = await deps.uow.socialAccounts.list(actor.organizationId, filter, pagination);
  return { ...page, items: page.items.map(toSocialAccountView) };
}

export async function disconnectSocialAccount(deps: { uow: UnitOfWork }, actor: Actor, accountId: string) {
  assertCan(actor.role, 'social_accounts.manage');
  await deps.uow.transaction(async (repos) => {
    const account = await repos.socialAccounts.findById(actor.organizationId, accountId);
    if (!account) throw AppError.notFound('Social account');
    await repos.socialAccounts.delete(actor.organizationId, account.id);
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'social_account.disconnected',
      entityType: 'social_account',
      entityId: account.id,
      before: { platform: account.platform, handle: account.handle },
    });
  });
}
