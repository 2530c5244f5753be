import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Platform } from '@socialseed/core/publishing/platforms';
import type { MastodonInstanceLimits } from '@socialseed/core/publishing/rules/mastodon-limits';
import { postTargets, posts, socialAccounts } from '@socialseed/db/schema/index';
import { expect } from 'vitest';
import type { RegisteredUser } from './api-helpers';
import { authHeaders } from './api-helpers';
import { createApprovedPost } from './fixtures';
import type { TestApp } from './test-app';

/**
 * A post whose one delivery failed for good, as the worker leaves it after the platform refused
 * it (`rejected`): published through the API, then the target row set to what `finish` writes,
 * since API tests run no worker.
 */
export async function createFailedDelivery(t: TestApp, owner: RegisteredUser, text?: string): Promise<{ postId: string; targetId: string; accountId: string; brandId: string }> {
  const created = await createApprovedPost(t.app, owner, text);
  const published = await t.app.inject({ method: 'POST', url: `/api/v1/posts/${created.postId}/publish`, headers: authHeaders(owner.accessToken, owner.organizationId) });
  expect(published.statusCode, published.body).toBe(200);
  const targetId = (published.json() as { post: { targets: Array<{ id: string }> } }).post.targets[0]?.id ?? '';
  await t.connection.db
    .update(postTargets)
    .set({ status: 'failed', attempts: 1, nextAttemptAt: null, lastErrorKind: 'rejected', lastErrorMessage: 'Sandbox: 400 duplicate content' })
    .where(eq(postTargets.id, targetId));
  await t.connection.db.update(posts).set({ status: 'failed' }).where(eq(posts.id, created.postId));
  return { ...created, targetId };
}

/**
 * An account on a real network (X, Bluesky, Mastodon) as connecting it would store it, written
 * straight to the table: API tests reach no network, and preview and scheduling checks only read
 * the account's platform, handle and announced limits.
 */
export async function insertAccount(
  t: TestApp,
  owner: RegisteredUser,
  brandId: string,
  account: { platform: Platform; handle: string; instanceLimits?: MastodonInstanceLimits },
): Promise<string> {
  const [row] = await t.connection.db
    .insert(socialAccounts)
    .values({
      organizationId: owner.organizationId,
      brandId,
      platform: account.platform,
      platformAccountId: `${account.platform}:${crypto.randomUUID()}`,
      handle: account.handle,
      displayName: account.handle,
      baseUrl: `https://${account.platform}.example`,
      encryptedCredentials: t.context.core.vault.seal({ accessToken: 'test-token', refreshToken: null, expiresAt: null }),
      instanceLimits: account.instanceLimits ?? null,
    })
    .returning({ id: socialAccounts.id });
  if (!row) throw new Error('insert into social_accounts returned no row');
  return row.id;
}
