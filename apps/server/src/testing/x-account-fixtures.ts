import type { CoreDeps } from '@socialseed/core/deps';
import type { FakeX } from '@socialseed/testkit/fakes/x/fake-x';

/**
 * An X account stored as if its owner had completed the OAuth flow against the fake: a new user
 * on the fake, tokens it issued to `clientId`, sealed as connecting would seal them. `believedValidForMs`
 * overrides the expiry we store (default: the fake's own token lifetime).
 */
export async function storeFakeXAccount(
  core: Pick<CoreDeps, 'uow' | 'vault'>,
  fake: FakeX,
  input: { organizationId: string; brandId: string; clientId: string; username: string; believedValidForMs?: number },
): Promise<{ accountId: string; userId: string; accessToken: string }> {
  const user = fake.addUser({ username: input.username });
  const tokens = fake.issueTokens(user.id, input.clientId);
  const expiresAt = new Date(Date.now() + (input.believedValidForMs ?? tokens.expiresIn * 1000));
  const account = await core.uow.socialAccounts.upsert({
    organizationId: input.organizationId,
    brandId: input.brandId,
    platform: 'x',
    platformAccountId: user.id,
    handle: input.username,
    displayName: input.username,
    baseUrl: fake.baseUrl,
    encryptedCredentials: core.vault.seal({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt }),
    tokenExpiresAt: expiresAt,
  });
  return { accountId: account.id, userId: user.id, accessToken: tokens.accessToken };
}
