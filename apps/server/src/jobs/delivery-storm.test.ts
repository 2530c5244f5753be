import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeX } from '@socialseed/testkit/fakes/x/fake-x';
import type { Fault, LoggedRequest } from '@socialseed/testkit/fakes/fake-server';
import type { TargetRecord } from '@socialseed/core/publishing/post';
import { MAX_DELIVERY_ATTEMPTS } from '@socialseed/core/publishing/delivery-policy';
import { createDeliveryHarness, waitUntil, type DeliveryHarness } from '../testing/delivery-harness';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { createBrand } from '../testing/fixtures';
import { storeFakeXAccount } from '../testing/x-account-fixtures';

const TWEETS = 'POST /2/tweets';
/** How long an injected 429 tells the engine to wait. */
const STORM_RESET_MS = 2_000;

let h: DeliveryHarness;
let x: FakeX;
let owner: RegisteredUser;
let brandId: string;

beforeAll(async () => {
  x = await new FakeX().start();
  h = await createDeliveryHarness({ config: { X_CLIENT_ID: 'socialseed-storm-test', X_API_BASE_URL: x.baseUrl } });
  owner = await registerUser(h.app, { organizationName: 'Storm Org' });
  brandId = await createBrand(h.app, owner, 'Storm Brand');
}, 60_000);
afterAll(async () => {
  await h?.close();
  await x?.close();
});

/** An X account connected as if its owner had completed the OAuth flow against the fake. */
const connectXAccount = (username: string) => storeFakeXAccount(h.context.core, x, { organizationId: owner.organizationId, brandId, clientId: 'socialseed-storm-test', username });

/** Creates, approves and publishes one post now; returns its target's id. */
async function publishNow(accountId: string, text: string): Promise<string> {
  const headers = authHeaders(owner.accessToken, owner.organizationId);
  const created = await h.app.inject({ method: 'POST', url: '/api/v1/posts', headers, payload: { brandId, text, accountIds: [accountId] } });
  expect(created.statusCode, created.body).toBe(201);
  const postId = created.json().post.id as string;
  expect((await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/submit`, headers })).statusCode).toBe(200);
  const published = await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/publish`, headers });
  expect(published.statusCode, published.body).toBe(200);
  return published.json().post.targets[0].id as string;
}

async function settled(targetIds: string[], timeoutMs: number): Promise<TargetRecord[]> {
  return waitUntil(
    async () => Promise.all(targetIds.map(async (id) => (await h.context.core.uow.targets.findById(id)) as TargetRecord)),
    (targets) => targets.every((target) => ['published', 'failed', 'held'].includes(target.status) || (target.status === 'retrying' && target.lastErrorKind === 'rate_limited' && (target.nextAttemptAt?.getTime() ?? 0) > Date.now() + 60_000)),
    timeoutMs,
  );
}

const userOf = (request: LoggedRequest) => x.state.tokenGrant(/^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '')?.userId ?? null;

describe('a storm of 5xx and 429 answers from X', () => {
  it('publishes every post exactly once within the retry budget, and waits out every 429 it is given', async () => {
    const accounts = await Promise.all(['storm_a', 'storm_b', 'storm_c'].map(connectXAccount));
    // Half of the first 60 create calls fail: a quarter with 503, a quarter with 429 and a reset
    // two seconds later; then X recovers.
    const storm = (_request: unknown, index: number): Fault | null => {
      if (index >= 60) return null;
      if (index % 4 === 0) return { kind: 'status', status: 503 };
      if (index % 4 === 2) {
        const reset = Math.ceil((Date.now() + STORM_RESET_MS) / 1000);
        return { kind: 'status', status: 429, headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) } };
      }
      return null;
    };
    x.setFaultPolicy(TWEETS, storm);

    const texts = accounts.flatMap((account, a) => Array.from({ length: 10 }, (_, n) => ({ account, text: `Storm-proof post ${a}-${n}: still going out, once.` })));
    const targetIds = [];
    for (const { account, text } of texts) targetIds.push(await publishNow(account.accountId, text));
    const targets = await settled(targetIds, 150_000);
    x.clearFaultPolicy(TWEETS);

    expect(targets.map((target) => target.status)).toEqual(targets.map(() => 'published'));
    // The retry budget counts transient failures (the 503s); waiting out a 429 does not spend it.
    const textOf = (request: LoggedRequest) => (request.body.kind === 'json' ? (request.body.value as { text?: string }).text : undefined);
    const transientFailures = x.requestsTo(TWEETS).filter((request) => request.status === 503);
    for (const { text } of texts) expect(transientFailures.filter((request) => textOf(request) === text).length).toBeLessThan(MAX_DELIVERY_ATTEMPTS);
    // Exactly once on the platform: every text is there once.
    const onX = [...x.state.tweets.values()].map((tweet) => tweet.text);
    for (const { text } of texts) expect(onX.filter((landed) => landed === text)).toHaveLength(1);
    expect(onX).toHaveLength(texts.length);

    const creates = x.requestsTo(TWEETS);
    expect(creates.filter((request) => request.status === 503).length).toBeGreaterThanOrEqual(12);
    const limited = creates.filter((request) => request.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(12);
    // Every 429 came from the storm, none from X's own 200-per-15-minutes limit.
    expect(limited.every((request) => request.fault === 'status')).toBe(true);
    // After a 429 the account waits for its reset. Only requests already on their way when the
    // 429 was answered (they took their token before) may still arrive; none is sent later.
    for (const refusal of limited) {
      const resetAt = Number(refusal.responseHeaders?.['x-rate-limit-reset']) * 1000;
      const user = userOf(refusal);
      const early = creates.filter((request) => userOf(request) === user && request.receivedAt > refusal.receivedAt && request.receivedAt.getTime() < resetAt);
      const lateStarters = early.filter((request) => request.receivedAt.getTime() - refusal.receivedAt.getTime() > 1_500);
      expect(lateStarters.map((request) => request.receivedAt.toISOString())).toEqual([]);
    }
    expect(x.violations).toEqual([]);
  }, 180_000);

  it("never goes over X's documented 200 posts per 15 minutes for one account: the rest wait for the window", async () => {
    const { accountId } = await connectXAccount('prolific');
    const targetIds = [];
    for (let index = 0; index < 205; index++) targetIds.push(await publishNow(accountId, `Post number ${index} of a very busy day`));
    const targets = await settled(targetIds, 120_000);

    const published = targets.filter((target) => target.status === 'published');
    const waiting = targets.filter((target) => target.status === 'retrying');
    expect(published).toHaveLength(200);
    expect(waiting).toHaveLength(5);
    // The waiting ones are due after the window X announced, not lost and not failed.
    const windowReset = Math.max(...x.requestsTo(TWEETS).map((request) => Number(request.responseHeaders?.['x-rate-limit-reset'] ?? 0))) * 1000;
    for (const target of waiting) expect(target.nextAttemptAt?.getTime()).toBeGreaterThanOrEqual(windowReset - 1_000);
    // X never had to refuse a post for the limit.
    const refused = x.requestsTo(TWEETS).filter((request) => request.status === 429 && request.fault === null);
    expect(refused).toEqual([]);
  }, 180_000);
});
