import crypto from 'node:crypto';
import type { CredentialVault } from '../ports/credential-vault';
import type { ImageProcessor } from '../ports/image-processor';
import type { ProviderRegistry } from '../ports/provider-registry';
import type { ClaimedTarget } from '../ports/publishing-repositories';
import type { Repositories, UnitOfWork } from '../ports/repositories';
import { isProviderError, ProviderError, type AccountContext, type PublishRequest, type PublishedPost, type SocialProvider } from '../ports/social-provider';
import type { Clock } from '../shared/clock';
import { accountContextOf } from './account-context';
import { dispatchQueuedEmails, flagAccountNeedsReconnect, type ReconnectNoticeDeps } from './account-needs-reconnect';
import { refreshAccountCredentials } from './refresh-account-credentials';
import { MAX_DELIVERY_ATTEMPTS, PUBLISH_JOB, queuePriority, retryDelayMs, VERIFY_DELAY_MS } from './delivery-policy';
import { buildRequest } from './delivery/build-request';
import { resumeParts } from './delivery/deliver-parts';
import { planParts } from './delivery/plan-parts';
import { limitsForAccount } from './account-limits';
import type { PostRecord, PostStatus, TargetRecord } from './post';
import { accountBucketKey, CIRCUIT_COOL_DOWN_MS, CIRCUIT_FAILURE_THRESHOLD, publishCost, publishLimits } from './publish-limits';
import { rollUpPostStatus } from './roll-up-status';
import { writePostFailureNotice } from './post-failure-notice';
import type { SocialAccountRecord } from './social-account';

export interface DeliveryDeps extends ReconnectNoticeDeps {
  uow: UnitOfWork;
  clock: Clock;
  providers: ProviderRegistry;
  vault: CredentialVault;
  /** Fits images to each platform before upload. */
  images: ImageProcessor;
}

export type DeliveryOutcome = 'published' | 'verifying' | 'retrying' | 'held' | 'failed' | 'not-claimed';

type Finish = Parameters<Repositories['targets']['finish']>[2];

/**
 * A claim is renewed before the platform call only when it is older than this. A fresh claim has
 * almost its whole lease left, and the lease only has to outlast one call, which timeouts bound.
 */
const RENEW_CLAIM_AFTER_MS = 10_000;

/** A claimed target that passed its checks and holds a rate-limit token: ready to send. */
interface Ready {
  target: TargetRecord;
  post: PostRecord;
  account: SocialAccountRecord;
  provider: SocialProvider;
  request: PublishRequest;
  bucketKey: string;
  cost: number;
}

/**
 * Records one attempt's outcome (if the claim still holds), wakes the next attempt and rolls the
 * post up, atomically; a final failure writes its notice in the same transaction.
 */
async function record(deps: DeliveryDeps, target: TargetRecord, post: PostRecord, claimToken: string, patch: Finish): Promise<void> {
  const emailIds = await deps.uow.transaction(async (repos) => {
    if (!(await repos.targets.finish(target.id, claimToken, patch))) return [];
    if (patch.nextAttemptAt && (patch.status === 'retrying' || patch.status === 'verifying')) {
      await repos.jobs.enqueue([{ name: PUBLISH_JOB, data: { targetId: target.id }, startAfter: patch.nextAttemptAt, priority: queuePriority[post.priority] }]);
    }
    const status = rollUpPostStatus(await repos.targets.countByStatus(post.id));
    if (status && status !== post.status) await repos.posts.update(post.id, { status });
    if (patch.status !== 'failed') return [];
    const reason = patch.lastErrorMessage ?? 'the platform refused it';
    return writePostFailureNotice(repos, { post, target, reason, publicUrl: deps.settings.publicUrl, now: deps.clock.now() });
  });
  await dispatchQueuedEmails(deps, emailIds);
}

/** Records every accepted post of a batch and rolls their posts up, in one transaction. */
async function recordPublished(deps: DeliveryDeps, claimToken: string, published: Array<{ ready: Ready; result: PublishedPost }>): Promise<void> {
  if (published.length === 0) return;
  await deps.uow.transaction(async (repos) => {
    const finished = new Set(
      await repos.deliveryBatch.finishPublished(
        claimToken,
        published.map(({ ready, result }) => ({ id: ready.target.id, platformPostId: result.platformPostId, platformUrl: result.url, publishedAt: result.publishedAt })),
      ),
    );
    const posts = new Map(published.filter(({ ready }) => finished.has(ready.target.id)).map(({ ready }) => [ready.post.id, ready.post]));
    const counts = await repos.deliveryBatch.countByStatusForPosts([...posts.keys()]);
    const changes: Array<{ postId: string; status: PostStatus }> = [];
    for (const [postId, post] of posts) {
      const status = rollUpPostStatus(counts.get(postId) ?? {});
      if (status && status !== post.status) changes.push({ postId, status });
    }
    await repos.deliveryBatch.setPostStatuses(changes);
  });
  for (const platform of new Set(published.map(({ ready }) => ready.target.platform))) await deps.uow.throttle.recordPlatformSuccess(platform);
}

/**
 * These posts are out: recording them must not wait for the claims' lease to lapse because of one
 * failed transaction (a deadlock victim, a dropped connection), so it is tried again a few times.
 * Re-running is safe: it is one transaction, and each row is guarded by the claim token.
 */
async function recordPublishedPersistently(deps: DeliveryDeps, claimToken: string, published: Array<{ ready: Ready; result: PublishedPost }>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await recordPublished(deps, claimToken, published);
    } catch (error) {
      // After that the sweep takes over: the lapsed claims are verified on the platform.
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** Publishes, refreshing the token once if the platform says it expired. */
async function publishWithRefresh(deps: DeliveryDeps, provider: SocialProvider, context: AccountContext, request: PublishRequest): Promise<PublishedPost> {
  try {
    return await provider.publish(context, request);
  } catch (error) {
    if (!isProviderError(error) || error.kind !== 'refresh') throw error;
    const refreshed = await refreshAccountCredentials(deps, provider, context);
    try {
      return await provider.publish(refreshed, request);
    } catch (retryError) {
      // Still unauthorised right after a successful refresh: the grant itself is gone.
      if (isProviderError(retryError) && retryError.kind === 'refresh') throw new ProviderError('reconnect', retryError.message);
      throw retryError;
    }
  }
}

function failurePatch(error: ProviderError, target: TargetRecord, now: Date): Finish {
  const base = { lastErrorKind: error.kind, lastErrorMessage: error.message.slice(0, 1000) };
  if (error.outcomeUnknown) return { ...base, status: 'verifying', nextAttemptAt: new Date(now.getTime() + VERIFY_DELAY_MS) };
  switch (error.kind) {
    case 'rate_limited':
      return { ...base, status: 'retrying', nextAttemptAt: new Date(Math.max(now.getTime() + 1000, (error.retryAt ?? now).getTime() + Math.random() * 2000)) };
    case 'retry':
    case 'refresh':
      if (target.attempts >= MAX_DELIVERY_ATTEMPTS) return { ...base, status: 'failed', nextAttemptAt: null };
      return { ...base, status: 'retrying', nextAttemptAt: new Date(now.getTime() + retryDelayMs(target.attempts)) };
    case 'reconnect':
      return { ...base, status: 'held', nextAttemptAt: null };
    case 'rejected':
      return { ...base, status: 'failed', nextAttemptAt: null };
  }
}

/** Waiting keeps a `verifying` target verifying (its outcome is still unknown), and gives the attempt back. */
async function postpone(deps: DeliveryDeps, item: { target: TargetRecord; post: PostRecord }, claimToken: string, until: Date, reason: string): Promise<DeliveryOutcome> {
  const status = item.target.status === 'verifying' ? 'verifying' : 'retrying';
  // Nothing was tried, so the claim's attempt is given back: waiting never uses up the retry budget.
  await record(deps, item.target, item.post, claimToken, {
    status,
    attempts: item.target.attempts - 1,
    nextAttemptAt: new Date(until.getTime() + Math.random() * 1000),
    lastErrorKind: 'rate_limited',
    lastErrorMessage: reason,
  });
  return status;
}

/**
 * Takes each ready target's rate-limit tokens: one statement for the whole batch when every
 * account has room (the usual case), and one target at a time for accounts close to their limit.
 */
async function takeTokens(deps: DeliveryDeps, candidates: Ready[], claimToken: string, now: Date, outcomes: Map<string, DeliveryOutcome>): Promise<Ready[]> {
  const costByKey = new Map<string, { cost: number; ready: Ready }>();
  for (const ready of candidates) {
    const entry = costByKey.get(ready.bucketKey);
    costByKey.set(ready.bucketKey, { cost: (entry?.cost ?? 0) + ready.cost, ready });
  }
  const granted = await deps.uow.throttle.takeMany(
    [...costByKey].map(([key, { cost, ready }]) => ({ key, spec: { ...publishLimits[ready.target.platform], cost } })),
    now,
  );
  const allowed: Ready[] = [];
  for (const ready of candidates) {
    if (granted.has(ready.bucketKey)) {
      allowed.push(ready);
      continue;
    }
    const allowance = await deps.uow.throttle.take(ready.bucketKey, { ...publishLimits[ready.target.platform], cost: ready.cost }, now);
    if (allowance.granted) allowed.push(ready);
    else {
      const until = allowance.retryAt ?? new Date(now.getTime() + 60_000);
      outcomes.set(ready.target.id, await postpone(deps, ready, claimToken, until, `waiting for ${ready.target.platform}'s rate limit to allow another post`));
    }
  }
  return allowed;
}

/**
 * Sends one ready target (all its thread parts), or records why not. Resolves with the accepted
 * post, for the batch to record; every other outcome is recorded here.
 */
async function attempt(deps: DeliveryDeps, ready: Ready, claimToken: string, claimedAt: Date, outcomes: Map<string, DeliveryOutcome>): Promise<PublishedPost | null> {
  const { target, post, account, provider, request, bucketKey } = ready;
  const context = accountContextOf(account, deps.vault);
  // A stalled process or a slow database may have let the lease run low: make sure this worker
  // still holds the target, and restart its lease, right before talking to the platform.
  if (deps.clock.now().getTime() - claimedAt.getTime() > RENEW_CLAIM_AFTER_MS && !(await deps.uow.targets.renewClaim(target.id, claimToken, deps.clock.now()))) {
    return null;
  }
  // A thread goes out part by part, each saved before the next; a single post is its one-part case.
  // When verifying, only the next unsaved part is looked for on the platform.
  const parts = await resumeParts(deps, { target, claimToken, request, limits: limitsForAccount(account), provider, context });
  if (parts.unverified) {
    const error = parts.unverified;
    // Could not look: the outcome is still unknown, so it stays unknown — never a blind resend.
    const retryAt = new Date(deps.clock.now().getTime() + Math.max(VERIFY_DELAY_MS, retryDelayMs(target.attempts)));
    await record(deps, target, post, claimToken, { status: 'verifying', nextAttemptAt: retryAt, lastErrorKind: error.kind, lastErrorMessage: error.message.slice(0, 1000) });
    outcomes.set(target.id, 'verifying');
    return null;
  }
  try {
    return await parts.sendRest((part) => publishWithRefresh(deps, provider, context, part));
  } catch (error) {
    if (!isProviderError(error)) throw error; // a bug or the database: the claim lapses and the sweep verifies
    const patch = failurePatch(error, target, deps.clock.now());
    if (error.kind === 'retry' && (error.status ?? 0) >= 500) {
      await deps.uow.throttle.recordPlatformFailure(target.platform, deps.clock.now(), CIRCUIT_FAILURE_THRESHOLD, CIRCUIT_COOL_DOWN_MS);
    }
    if (error.kind === 'rate_limited' && error.retryAt) await deps.uow.throttle.block(bucketKey, error.retryAt, deps.clock.now());
    if (error.kind === 'reconnect' && !error.outcomeUnknown) await flagAccountNeedsReconnect(deps, account, error.message);
    await record(deps, target, post, claimToken, patch);
    outcomes.set(target.id, (patch.status ?? 'failed') as DeliveryOutcome);
    return null;
  }
}

/** Checks that come before any token is spent: the target still has a post, an account and a platform. */
async function precheck(deps: DeliveryDeps, claimed: ClaimedTarget, claimToken: string, outcomes: Map<string, DeliveryOutcome>): Promise<Omit<Ready, 'request' | 'bucketKey' | 'cost'> | null> {
  const { target, post, account } = claimed;
  if (!post) return null; // deleted mid-flight: the cascade removed the target too
  const provider = deps.providers.provider(target.platform);
  if (!account || !provider) {
    await record(deps, target, post, claimToken, { status: 'failed', lastErrorKind: 'rejected', lastErrorMessage: 'The account or its platform is no longer available.' });
    outcomes.set(target.id, 'failed');
    return null;
  }
  if (account.status === 'needs_reconnect') {
    await record(deps, target, post, claimToken, { status: 'held', lastErrorKind: 'reconnect', lastErrorMessage: account.lastError ?? 'The account needs to be reconnected.' });
    outcomes.set(target.id, 'held');
    return null;
  }
  return { target, post, account, provider };
}

/**
 * Delivers a batch of targets (a worker's fetched jobs), each exactly once. One claim makes this
 * worker the only one acting on them; a target whose previous attempt ended without an answer
 * (`verifying`) is first looked for on the platform, and only sent if it is not there. The
 * platform's circuit and each account's rate limit are checked before anything is sent. Every
 * failure is recorded with its kind, and the next attempt is scheduled by that kind alone.
 * Claims, token takes and successes cost a few statements per batch, not per target.
 */
export async function deliverTargets(deps: DeliveryDeps, targetIds: string[]): Promise<Map<string, DeliveryOutcome>> {
  const outcomes = new Map<string, DeliveryOutcome>(targetIds.map((id) => [id, 'not-claimed']));
  const claimToken = crypto.randomUUID();
  const claimedAt = deps.clock.now();
  const claimed = await deps.uow.deliveryBatch.claimBatch(targetIds, claimToken, claimedAt);
  if (claimed.length === 0) return outcomes;

  const checked = [];
  for (const item of claimed) {
    const passed = await precheck(deps, item, claimToken, outcomes);
    if (passed) checked.push(passed);
  }
  const now = deps.clock.now();
  const openUntil = new Map<string, Date | null>();
  for (const platform of new Set(checked.map((item) => item.target.platform))) openUntil.set(platform, await deps.uow.throttle.circuitOpenUntil(platform, now));
  const candidates: Ready[] = [];
  for (const item of checked) {
    const open = openUntil.get(item.target.platform);
    if (open) {
      outcomes.set(item.target.id, await postpone(deps, item, claimToken, open, `${item.target.platform} is failing repeatedly; waiting for it to recover`));
      continue;
    }
    const request = await buildRequest(deps.uow, item.post, item.target);
    const bucketKey = accountBucketKey(item.account.id, publishLimits[item.target.platform].bucket);
    // A thread makes one create call per part still to send, and each counts against the limit.
    const partsLeft = Math.max(1, planParts(item.target, request.text, limitsForAccount(item.account)).length - (item.target.threadProgress?.length ?? 0));
    candidates.push({ ...item, request, bucketKey, cost: publishCost(item.target.platform, request.media.length) + partsLeft - 1 });
  }
  const ready = await takeTokens(deps, candidates, claimToken, now, outcomes);

  // Targets go out side by side: one slow or failing platform call never holds up the others.
  const sent = await Promise.all(ready.map(async (item) => ({ ready: item, result: await attempt(deps, item, claimToken, claimedAt, outcomes) })));
  const published = sent.filter((entry): entry is { ready: Ready; result: PublishedPost } => entry.result !== null);
  await recordPublishedPersistently(deps, claimToken, published);
  for (const { ready: item } of published) outcomes.set(item.target.id, 'published');
  return outcomes;
}
