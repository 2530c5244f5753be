import { ProviderError, type AccountContext, type AccountProfile } from '@socialseed/core/ports/social-provider';
import type { XApi } from './x.client';
import { xUserProfileSchema } from './x.schemas';

/** X usernames: 1–15 letters, digits or underscores (the spec's pattern for /2/users/by/username). */
const USERNAME = /^[A-Za-z0-9_]{1,15}$/;

/**
 * Follower, following and post counts from the User object's public_metrics: the connected
 * account's through GET /2/users/me, another public account's through
 * GET /2/users/by/username/:username. A name X does not know, or one it would refuse, is `rejected`.
 */
export async function fetchXProfile(api: XApi, account: AccountContext, handle?: string): Promise<AccountProfile> {
  const query = { 'user.fields': 'public_metrics' };
  let path = '/2/users/me';
  let bucket = 'x:users:me';
  if (handle !== undefined) {
    const username = handle.trim().replace(/^@/, '');
    if (!USERNAME.test(username)) throw new ProviderError('rejected', `X: "${handle}" is not a valid X username`);
    path = `/2/users/by/username/${encodeURIComponent(username)}`;
    bucket = 'x:users:lookup';
  }
  const answer = await api.call(account, { method: 'GET', path, query, idempotent: true, bucket, what: 'read profile' }, xUserProfileSchema);
  if (!answer.data) throw new ProviderError('rejected', `X: no account ${handle ?? account.handle}: ${answer.errors?.[0]?.detail ?? 'not found'}`);
  const metrics = answer.data.public_metrics;
  return { followers: metrics?.followers_count ?? null, following: metrics?.following_count ?? null, postsCount: metrics?.tweet_count ?? null };
}
