import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeliveries } from '@socialseed/core/publishing/sweep-deliveries';
import { CLAIM_LEASE_MS } from '@socialseed/core/publishing/delivery-policy';
import { accountBucketKey, publishLimits } from '@socialseed/core/publishing/publish-limits';
import type { TargetRecord } from '@socialseed/core/publishing/post';
import { createDeliveryHarness, waitUntil, type DeliveryHarness } from '../testing/delivery-harness';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { connectSandboxAccount, createApprovedPost } from '../testing/fixtures';

let h: DeliveryHarness;
let owner: RegisteredUser;
beforeAll(async () => {
  h = await createDeliveryHarness();
  owner = await registerUser(h.app, { organizationName: 'Delivery Org' });
}, 60_000);
afterAll(async () => h.close());

async function publishNow(postId: string) {
  const response = await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/publish`, headers: authHeaders(owner.accessToken) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().post.targets[0].id as string;
}

const targetOf = (id: string) => h.context.core.uow.targets.findById(id) as Promise<TargetRecord>;
const settled = (target: TargetRecord | null) => target !== null && ['published', 'failed', 'held'].includes(target.status);
const copiesOnSandbox = (targetId: string) => h.context.core.uow.sandboxPosts.countByIdempotencyKey(targetId);

describe('delivery through the real queue', () => {
  it('publishes a post now, exactly once, and rolls the post up to published', async () => {
    const { postId } = await createApprovedPost(h.app, owner, 'Straight through');
    const targetId = await publishNow(postId);
    const target = await waitUntil(() => targetOf(targetId), settled);
    expect(target).toMatchObject({ status: 'published', attempts: 1, lastErrorKind: null });
    expect(target.platformPostId).toMatch(/^sbx_/);
    expect(await copiesOnSandbox(targetId)).toBe(1);
    expect((await h.context.core.uow.posts.findById(owner.organizationId, postId))?.status).toBe('published');
  }, 60_000);

  it('never resends blindly after a lost answer: it finds the post that landed', async () => {
    h.sandboxFaults.push('timeout-after-commit');
    const { postId } = await createApprovedPost(h.app, owner, 'Answer lost on the way back');
    const targetId = await publishNow(postId);
    await waitUntil(() => targetOf(targetId), (target) => target.status === 'verifying' || target.status === 'published');
    const target = await waitUntil(() => targetOf(targetId), settled);
    expect(target).toMatchObject({ status: 'published', attempts: 2 });
    expect(await copiesOnSandbox(targetId)).toBe(1);
  }, 60_000);

  it('retries a transient failure with backoff and a rate limit after its reset', async () => {
    h.sandboxFaults.push('unavailable', 'rate-limited');
    const { postId } = await createApprovedPost(h.app, owner, 'Flaky platform');
    const targetId = await publishNow(postId);
    const target = await waitUntil(() => targetOf(targetId), settled, 45_000);
    expect(target).toMatchObject({ status: 'published', attempts: 3 });
    expect(await copiesOnSandbox(targetId)).toBe(1);
  }, 60_000);

  it("waits for the account's rate-limit bucket instead of calling the platform, then publishes", async () => {
    const { postId, accountId } = await createApprovedPost(h.app, owner, 'Throttled by our own bucket');
    const key = accountBucketKey(accountId, publishLimits.sandbox.bucket);
    const now = new Date();
    await h.context.core.uow.throttle.take(key, { ...publishLimits.sandbox, cost: 0 }, now); // creates the bucket
    await h.context.core.uow.throttle.block(key, new Date(now.getTime() + 3000), now);
    const targetId = await publishNow(postId);
    const waiting = await waitUntil(() => targetOf(targetId), (target) => target.status !== 'scheduled' && target.status !== 'publishing');
    expect(waiting).toMatchObject({ status: 'retrying', lastErrorKind: 'rate_limited' });
    expect(await copiesOnSandbox(targetId)).toBe(0);
    // Waiting for the bucket is not an attempt: only the real one counts.
    expect(await waitUntil(() => targetOf(targetId), settled)).toMatchObject({ status: 'published', attempts: 1 });
    expect(await copiesOnSandbox(targetId)).toBe(1);
  }, 60_000);

  it('refreshes an expired token, stores the new one sealed, and publishes', async () => {
    h.sandboxFaults.push('expired-token');
    const { postId, accountId } = await createApprovedPost(h.app, owner, 'Token expired overnight');
    const before = await h.context.core.uow.socialAccounts.findByIdAnyOrganization(accountId);
    const targetId = await publishNow(postId);
    expect(await waitUntil(() => targetOf(targetId), settled)).toMatchObject({ status: 'published', attempts: 1 });
    const after = await h.context.core.uow.socialAccounts.findByIdAnyOrganization(accountId);
    expect(after?.encryptedCredentials).not.toBe(before?.encryptedCredentials);
    expect(h.context.core.vault.open(after?.encryptedCredentials ?? '').accessToken).not.toBe(h.context.core.vault.open(before?.encryptedCredentials ?? '').accessToken);
  }, 60_000);

  it('never fails silently: a refused post tells its author by email and in the app, naming the account and the reason', async () => {
    h.sandboxFaults.push('refused-content');
    const { postId, accountId } = await createApprovedPost(h.app, owner, 'Refused by the network rules');
    const targetId = await publishNow(postId);
    expect(await waitUntil(() => targetOf(targetId), settled)).toMatchObject({ status: 'failed', lastErrorKind: 'rejected', attempts: 1 });
    expect(await copiesOnSandbox(targetId)).toBe(0);
    const account = await h.context.core.uow.socialAccounts.findByIdAnyOrganization(accountId);
    const mail = await h.context.core.uow.emailOutbox.listVisibleTo(owner.organizationId, owner.user.id, { page: 1, limit: 100 });
    const notices = mail.items.filter((email) => email.kind === 'post_failed' && email.actionUrl?.endsWith(`/posts/${postId}`));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ toAddress: owner.user.email, subject: `Not published: your post to ${account?.handle} on Sandbox (simulated audience)` });
    expect(notices[0]?.text).toContain("content rules");
    const inbox = await h.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: authHeaders(owner.accessToken) });
    const failed = (inbox.json().items as Array<{ kind: string; link: string; body: string }>).filter((item) => item.kind === 'post.failed' && item.link === `/posts/${postId}`);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.body).toContain('Refused by the network rules');
  }, 60_000);

  it('holds posts of a revoked account, tells its owners once, and sends them after reconnecting', async () => {
    h.sandboxFaults.push('revoked');
    const { accountId, brandId } = await connectSandboxAccount(h.app, owner);
    const post = async (text: string) => {
      const created = await h.app.inject({ method: 'POST', url: '/api/v1/posts', headers: authHeaders(owner.accessToken), payload: { brandId, text, accountIds: [accountId] } });
      const postId = created.json().post.id as string;
      await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/submit`, headers: authHeaders(owner.accessToken) });
      return publishNow(postId);
    };
    const first = await post('Access was revoked');
    expect(await waitUntil(() => targetOf(first), settled)).toMatchObject({ status: 'held', lastErrorKind: 'reconnect' });
    const second = await post('Written while the account was broken');
    expect(await waitUntil(() => targetOf(second), settled)).toMatchObject({ status: 'held' });
    const account = await h.context.core.uow.socialAccounts.findByIdAnyOrganization(accountId);
    expect(account?.status).toBe('needs_reconnect');
    const mail = await h.context.core.uow.emailOutbox.listVisibleTo(owner.organizationId, owner.user.id, { page: 1, limit: 50 });
    expect(mail.items.filter((email) => email.kind === 'account_reconnect')).toHaveLength(1);

    const reconnect = await h.app.inject({
      method: 'POST',
      url: '/api/v1/social-accounts/connect',
      headers: authHeaders(owner.accessToken),
      payload: { brandId, platform: 'sandbox', identifier: account?.handle },
    });
    expect(reconnect.json().account.status).toBe('active');
    for (const targetId of [first, second]) {
      expect(await waitUntil(() => targetOf(targetId), (target) => target.status === 'published')).toMatchObject({ status: 'published' });
      expect(await copiesOnSandbox(targetId)).toBe(1);
    }
  }, 90_000);

  it('recovers a target whose worker died after the platform accepted it, without publishing twice', async () => {
    const { postId } = await createApprovedPost(h.app, owner, 'The worker was killed mid-publish');
    const scheduled = await h.app.inject({
      method: 'POST',
      url: `/api/v1/posts/${postId}/schedule`,
      headers: authHeaders(owner.accessToken),
      payload: { scheduledAt: new Date(Date.now() + 3_600_000).toISOString() },
    });
    const targetId = scheduled.json().post.targets[0].id as string;
    // A worker claims the target, the platform accepts the post … and the worker dies.
    const claimedLongAgo = new Date(Date.now() - CLAIM_LEASE_MS - 60_000);
    await h.connection.pool.query(`UPDATE post_targets SET next_attempt_at = $2 WHERE id = $1`, [targetId, claimedLongAgo]);
    expect(await h.context.core.uow.deliveryBatch.claimBatch([targetId], crypto.randomUUID(), claimedLongAgo)).toHaveLength(1);
    await h.context.core.uow.sandboxPosts.insert({ id: `sbx_${crypto.randomUUID()}`, accountId: (await targetOf(targetId)).socialAccountId, text: 'The worker was killed mid-publish', idempotencyKey: targetId, replyToId: null, mediaCount: 0, tone: null, format: null, createdAt: new Date() });

    expect((await sweepDeliveries(h.context.core)).abandoned).toBeGreaterThanOrEqual(1);
    const target = await waitUntil(() => targetOf(targetId), settled);
    expect(target.status).toBe('published');
    expect(await copiesOnSandbox(targetId)).toBe(1);
  }, 60_000);
});
