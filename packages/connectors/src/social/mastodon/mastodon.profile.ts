import { ProviderError, type AccountContext, type AccountProfile } from '@socialseed/core/ports/social-provider';
import { classifyMastodonError, parseMastodon, type MastodonApi, type MastodonCall } from './mastodon.client';
import { mastodonAccountCountsSchema } from './mastodon.schemas';

/** `user` or `user@domain` (https://docs.joinmastodon.org/methods/accounts/#lookup, the `acct` parameter). */
const ACCT = /^[A-Za-z0-9_]+(@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?$/;

/**
 * Follower, following and status counts: the connected account's from
 * GET /api/v1/accounts/verify_credentials (https://docs.joinmastodon.org/methods/accounts/#verify_credentials),
 * another account's from GET /api/v1/accounts/lookup?acct= (https://docs.joinmastodon.org/methods/accounts/#lookup).
 * An account the instance does not know (404) is `rejected`.
 */
export async function fetchMastodonProfile(api: MastodonApi, account: AccountContext, handle?: string): Promise<AccountProfile> {
  let call: MastodonCall = { method: 'GET', path: '/api/v1/accounts/verify_credentials', idempotent: true, bucket: 'mastodon:default', what: 'read profile' };
  if (handle !== undefined) {
    const acct = handle.trim().replace(/^@/, '');
    if (!ACCT.test(acct)) throw new ProviderError('rejected', `Mastodon: "${handle}" is not an account address like user or user@instance`);
    call = { ...call, path: '/api/v1/accounts/lookup', query: { acct }, what: 'look up account' };
  }
  const response = await api.send(account, call);
  if (response.status === 404) throw new ProviderError('rejected', `Mastodon: no account ${handle ?? account.handle} on ${account.baseUrl}`, { status: 404 });
  if (response.status < 200 || response.status >= 300) throw classifyMastodonError(response, call);
  const found = parseMastodon(mastodonAccountCountsSchema, response, call);
  return { followers: found.followers_count ?? null, following: found.following_count ?? null, postsCount: found.statuses_count ?? null };
}
