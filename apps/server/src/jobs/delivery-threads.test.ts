import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMastodonConnector } from '@socialseed/connectors/social/mastodon/mastodon.connector';
import { createMastodonProvider } from '@socialseed/connectors/social/mastodon/mastodon.provider';
import { FakeMastodon } from '@socialseed/testkit/fakes/mastodon/fake-mastodon';
import { CLAIM_LEASE_MS } from '@socialseed/core/publishing/delivery-policy';
import { planParts } from '@socialseed/core/publishing/delivery/plan-parts';
import type { TargetRecord } from '@socialseed/core/publishing/post';
import { platformLimits } from '@socialseed/core/publishing/rules/platform-rules';
import { sweepDeliveries } from '@socialseed/core/publishing/sweep-deliveries';
import { createProviderRegistry } from '../publishing/provider-registry';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { createDeliveryHarness, waitUntil, type DeliveryHarness } from '../testing/delivery-harness';
import { connectSandboxAccount, createBrand, uploadImage } from '../testing/fixtures';

let h: DeliveryHarness;
let owner: RegisteredUser;
let mastodon: FakeMastodon;
beforeAll(async () => {
  h = await createDeliveryHarness();
  owner = await registerUser(h.app, { organizationName: 'Thread Org' });
  mastodon = await new FakeMastodon().start();
  // The harness scripts the Sandbox; Mastodon is the real connector against its local fake.
  const registered = h.context.core.providers;
  const sandbox = { provider: registered.provider('sandbox'), connector: registered.connector('sandbox') };
  if (!sandbox.provider || !sandbox.connector) throw new Error('the harness registers the Sandbox');
  h.context.core.providers = createProviderRegistry([
    { provider: sandbox.provider, connector: sandbox.connector },
    { provider: createMastodonProvider({ timeoutMs: 5_000 }), connector: createMastodonConnector() },
  ]);
}, 60_000);
afterAll(async () => {
  await mastodon?.close();
  await h?.close();
});

const sentence = (index: number) => `Sentence number ${index} of a long announcement, written to be split into parts. `;
/** A text that makes exactly three posts on the platform. */
function threePartText(platform: 'sandbox' | 'mastodon'): string {
  for (let count = 1; count < 200; count++) {
    const text = Array.from({ length: count }, (_, index) => sentence(index + 1)).join('').trim();
    if (planParts({ id: 't', asThread: true }, text, platformLimits(platform)).length === 3) return text;
  }
  throw new Error('no three-part text');
}

const targetOf = (id: string) => h.context.core.uow.targets.findById(id) as Promise<TargetRecord>;
const settled = (target: TargetRecord) => ['published', 'failed', 'held'].includes(target.status);

/** A post to one account, delivered as a thread, published now; its target id. */
async function publishThread(accountId: string, brandId: string, text: string, options: { mediaIds?: string[]; at?: Date } = {}): Promise<string> {
  const headers = authHeaders(owner.accessToken, owner.organizationId);
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/v1/posts',
    headers,
    payload: { brandId, text, accountIds: [accountId], mediaIds: options.mediaIds ?? [], overrides: [{ accountId, asThread: true }] },
  });
  expect(created.statusCode, created.body).toBe(201);
  const postId = created.json().post.id as string;
  expect((await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/submit`, headers })).statusCode).toBe(200);
  const sent = options.at
    ? await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/schedule`, headers, payload: { scheduledAt: options.at.toISOString() } })
    : await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/publish`, headers });
  expect(sent.statusCode, sent.body).toBe(200);
  const target = sent.json().post.targets[0];
  expect(target.socialAccountId).toBe(accountId);
  return target.id as string;
}

interface SandboxRow {
  id: string;
  text: string;
  reply_to_id: string | null;
  idempotency_key: string;
  media_count: number;
}
/** What the Sandbox network holds for an account, oldest first. */
async function sandboxPosts(accountId: string): Promise<SandboxRow[]> {
  const result = await h.connection.pool.query<SandboxRow>(
    'SELECT id, text, reply_to_id, idempotency_key, media_count FROM sandbox_posts WHERE account_id = $1 ORDER BY created_at, id',
    [accountId],
  );
  return result.rows;
}

/** Three posts, in order, each answering the one before, each part once. */
function expectChain(rows: SandboxRow[], targetId: string, texts: string[]) {
  expect(rows.map((row) => row.text)).toEqual(texts);
  expect(rows.map((row) => row.idempotency_key)).toEqual([targetId, `${targetId}:2`, `${targetId}:3`]);
  expect(rows.map((row) => row.reply_to_id)).toEqual([null, rows[0]?.id, rows[1]?.id]);
}

describe('threads through the real queue, exactly once', () => {
  const sandboxText = threePartText('sandbox');
  const parts = planParts({ id: 't', asThread: true }, sandboxText, platformLimits('sandbox')).map((part) => part.text);

  it('publishes a 3-part thread as 3 replies in order, images on the first part only', async () => {
    const { accountId, brandId } = await connectSandboxAccount(h.app, owner);
    const mediaId = await uploadImage(h.app, owner);
    const targetId = await publishThread(accountId, brandId, sandboxText, { mediaIds: [mediaId] });
    const target = await waitUntil(() => targetOf(targetId), settled);
    const rows = await sandboxPosts(accountId);
    expectChain(rows, targetId, parts);
    expect(rows.map((row) => row.media_count)).toEqual([1, 0, 0]);
    // The target points at the thread's first post, and remembers every part.
    expect(target).toMatchObject({ status: 'published', attempts: 1, platformPostId: rows[0]?.id });
    expect(target.threadProgress?.map((part) => part.platformPostId)).toEqual(rows.map((row) => row.id));
  }, 60_000);

  it('after a 503 on part 2, the retry publishes parts 2 and 3 only', async () => {
    const { accountId, brandId } = await connectSandboxAccount(h.app, owner);
    h.sandboxFaults.push('none', 'unavailable');
    const targetId = await publishThread(accountId, brandId, sandboxText);
    const failed = await waitUntil(() => targetOf(targetId), (target) => target.status === 'retrying');
    expect(failed).toMatchObject({ lastErrorKind: 'retry', threadProgress: [expect.objectContaining({ platformPostId: expect.stringMatching(/^sbx_/) })] });
    const target = await waitUntil(() => targetOf(targetId), settled);
    expect(target).toMatchObject({ status: 'published', attempts: 2 });
    expectChain(await sandboxPosts(accountId), targetId, parts);
  }, 60_000);

  it('a thread with parts already out is finished, not cut off, when its post is cancelled', async () => {
    const { accountId, brandId } = await connectSandboxAccount(h.app, owner);
    h.sandboxFaults.push('none', 'unavailable');
    const targetId = await publishThread(accountId, brandId, sandboxText);
    const halfSent = await waitUntil(() => targetOf(targetId), (target) => target.status === 'retrying');
    const cancelled = await h.app.inject({ method: 'POST', url: `/api/v1/posts/${halfSent.postId}/cancel`, headers: authHeaders(owner.accessToken, owner.organizationId) });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().post.status).not.toBe('cancelled');
    expect(cancelled.json().post.targets[0].status).toBe('retrying');
    const target = await waitUntil(() => targetOf(targetId), settled);
    expect(target.status).toBe('published');
    expectChain(await sandboxPosts(accountId), targetId, parts);
  }, 60_000);

  it('after part 2 was accepted but its answer lost, finds part 2 instead of resending it, then sends part 3', async () => {
    const { accountId, brandId } = await connectSandboxAccount(h.app, owner);
    h.sandboxFaults.push('none', 'timeout-after-commit');
    const targetId = await publishThread(accountId, brandId, sandboxText);
    await waitUntil(() => targetOf(targetId), (target) => target.status === 'verifying' || settled(target));
    const target = await waitUntil(() => targetOf(targetId), settled);
    expect(target).toMatchObject({ status: 'published', attempts: 2 });
    expectChain(await sandboxPosts(accountId), targetId, parts);
  }, 60_000);

  it('resumes at part 2 after a worker died with part 1 accepted and saved; the dead worker can save nothing', async () => {
    const { accountId, brandId } = await connectSandboxAccount(h.app, owner);
    const targetId = await publishThread(accountId, brandId, sandboxText, { at: new Date(Date.now() + 3_600_000) });
    // A worker claims the target, the platform accepts part 1, the worker saves it … and dies.
    const claimedLongAgo = new Date(Date.now() - CLAIM_LEASE_MS - 60_000);
    await h.connection.pool.query('UPDATE post_targets SET next_attempt_at = $2 WHERE id = $1', [targetId, claimedLongAgo]);
    const deadWorker = crypto.randomUUID();
    expect(await h.context.core.uow.deliveryBatch.claimBatch([targetId], deadWorker, claimedLongAgo)).toHaveLength(1);
    const partOne = { id: `sbx_${crypto.randomUUID()}`, url: null };
    await h.context.core.uow.sandboxPosts.insert({ id: partOne.id, accountId, text: parts[0] ?? '', idempotencyKey: targetId, replyToId: null, mediaCount: 0, tone: null, format: null, createdAt: new Date() });
    expect(await h.context.core.uow.targets.saveThreadProgress(targetId, deadWorker, [{ platformPostId: partOne.id, url: null }], claimedLongAgo)).toBe(true);

    expect((await sweepDeliveries(h.context.core)).abandoned).toBeGreaterThanOrEqual(1);
    // The lease is over: whatever the dead worker would still write is ignored.
    expect(await h.context.core.uow.targets.saveThreadProgress(targetId, deadWorker, [], new Date())).toBe(false);
    const target = await waitUntil(() => targetOf(targetId), settled);
    expect(target).toMatchObject({ status: 'published', platformPostId: partOne.id });
    expectChain(await sandboxPosts(accountId), targetId, parts);
  }, 60_000);

  it('delivers a Mastodon thread with in_reply_to_id, and a 503 on part 2 leaves no duplicate', async () => {
    const person = mastodon.addAccount({ username: 'threads', displayName: 'Threads' });
    const brandId = await createBrand(h.app, owner, 'Mastodon Brand');
    const connected = await h.app.inject({
      method: 'POST',
      url: '/api/v1/social-accounts/connect',
      headers: authHeaders(owner.accessToken, owner.organizationId),
      payload: { brandId, platform: 'mastodon', identifier: 'threads', secret: mastodon.issueToken(person.id), baseUrl: mastodon.baseUrl },
    });
    expect(connected.statusCode, connected.body).toBe(201);
    const text = threePartText('mastodon');
    // Part 1 goes through; part 2 gets a 503, whose outcome Mastodon leaves unknown.
    mastodon.setFaultPolicy('POST /api/v1/statuses', (_request, index) => (index === 1 ? { kind: 'status', status: 503 } : null));
    const targetId = await publishThread(connected.json().account.id as string, brandId, text);
    const target = await waitUntil(() => targetOf(targetId), settled, 60_000);
    mastodon.clearFaultPolicy('POST /api/v1/statuses');

    const statuses = mastodon.state.statusesBy(person.id).reverse(); // oldest first
    expect(statuses.map((status) => status.text)).toEqual(planParts({ id: targetId, asThread: true }, text, platformLimits('mastodon')).map((part) => part.text));
    expect(statuses.map((status) => status.inReplyToId)).toEqual([null, statuses[0]?.id, statuses[1]?.id]);
    expect(target).toMatchObject({ status: 'published', platformPostId: statuses[0]?.id });
    const creates = mastodon.requestsTo('POST /api/v1/statuses');
    expect(creates.map((request) => request.headers['idempotency-key'])).toEqual([targetId, `${targetId}:2`, `${targetId}:2`, `${targetId}:3`]);
    expect(mastodon.violations).toEqual([]);
  }, 90_000);
});
