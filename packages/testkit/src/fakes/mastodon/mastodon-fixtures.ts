import type { AccountContext } from '@socialseed/core/ports/social-provider';
import { FakeMastodon, type FakeMastodonOptions } from './fake-mastodon';

export interface ConnectedFakeMastodon {
  fake: FakeMastodon;
  account: AccountContext;
}

/**
 * A started fake Mastodon instance with one account connected by a pasted token (read write),
 * and the AccountContext a provider gets for it. Close `fake` in afterEach.
 */
export async function startConnectedFakeMastodon(options: FakeMastodonOptions = {}): Promise<ConnectedFakeMastodon> {
  const fake = await new FakeMastodon(options).start();
  const owner = fake.addAccount({ username: 'seedling', displayName: 'Seedling Co.' });
  const account: AccountContext = {
    accountId: 'acct-mastodon-1',
    platform: 'mastodon',
    platformAccountId: owner.id,
    handle: `seedling@${fake.state.domain}`,
    baseUrl: fake.baseUrl,
    credentials: { accessToken: fake.issueToken(owner.id), refreshToken: null, expiresAt: null },
  };
  return { fake, account };
}

/** A tiny valid PNG (1×1), enough for upload paths that check the type. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
