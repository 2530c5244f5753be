import crypto from 'node:crypto';
import type { CredentialVault } from '../ports/credential-vault';
import type { ProviderRegistry } from '../ports/provider-registry';
import type { Repositories, UnitOfWork } from '../ports/repositories';
import { isProviderError, ProviderError, type AccountContext, type PublishRequest, type PublishedPost, type SocialProvider } from '../ports/social-provider';
import type { Clock } from '../shared/clock';
import { accountContextOf } from './account-context';
import { MAX_DELIVERY_ATTEMPTS, PUBLISH_JOB, queuePriority, retryDelayMs, VERIFY_DELAY_MS } from './delivery-policy';
import type { PostRecord, TargetRecord } from './post';
import { accountBucketKey, CIRCUIT_COOL_DOWN_MS, CIRCUIT_FAILURE_THRESHOLD, publishCost, publishLimits } from './publish-limits';
import { rollUpPostStatus } from './roll-up-status';

export interface DeliveryDeps {
  uow: UnitOfWork;
  clock: Clock;
  providers: ProviderRegistry;
  vault: CredentialVault;
  /** Told once when an account needs its owner (e.g. token revoked). */
  onAccountNeedsReconnect(accountId: string, organizationId: string, reason: string): Promise<void>;
}

export type DeliveryOutcome = 'published' | 'verifying' | 'retrying' | 'held' | 'failed' | 'not-claimed';

type Finish = Parameters<Repositories['targets']['finish']>[2];

/** Records the attempt's outcome (if the claim still holds), wakes the next attempt and rolls the post up, atomically. */
async function record(deps: DeliveryDeps, target: TargetRecord, post: PostRecord, claimToken: string, patch: Finish): Promise<void> {
  await deps.uow.transaction(async (repos) => {
    if (!(await repos.targets.finish(target.id, claimToken, patch))) return;
    if (patch.nextAttemptAt && (patch.status === 'retrying' || patch.status === 'verifying')) {
      await repos.jobs.enqueue([{ name: PUBLISH_JOB, data: { targetId: target.id }, startAfter: patch.nextAttemptAt, priority: queuePriority[post.priority] }]);
    }
    const status = rollUpPostStatus(await repos.targets.countByStatus(post.id));
    if (status && status !== post.status) await repos.posts.update(post.id, { status });
  });
}

async function buildRequest(repos: Repositories, post: PostRecord, target: TargetRecord): Promise<PublishRequest> {
  const media = [];
  for (const mediaId of post.mediaIds) {
    const [asset, bytes] = await Promise.all([repos.media.findById(post.organizationId, mediaId), repos.media.readBytes(post.organizationId, mediaId)]);
    if (asset && bytes) media.push({ bytes, mimeType: asset.mimeType, altText: asset.originalName ?? '' });
  }
  // The target id is stable across attempts: platforms with idempotency keys dedupe on it.
  return { text: target.text ?? post.text, media, replyToPlatformPostId: null, idempotencyKey: target.id };
}

/** Publishes, refreshing the token once if the platform says it expired. */
async function publishWithRefresh(deps: DeliveryDeps, provider: SocialProvider, context: AccountContext, request: PublishRequest): Promise<PublishedPost> {
  try {
    return await provider.publish(context, request);
  } catch (error) {
    if (!isProviderError(error) || error.kind !== 'refresh') throw error;
    const credentials = await provider.refreshCredentials(context).catch((refreshError: unknown) => {
      throw isProviderError(refreshError) && refreshError.kind !== 'retry'
        ? new ProviderError('reconnect', `token refresh failed: ${refreshError.message}`)
        : refreshError;
    });
    await deps.uow.socialAccounts.saveCredentials(context.accountId, deps.vault.seal(credentials), credentials.expiresAt);
    const refreshed = { ...context, credentials };
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

/**
 * Delivers one target, exactly once. The claim makes this worker the only one acting on it; a
 * target whose previous attempt ended without an answer (`verifying`) is first looked for on
 * the platform, and only sent if it is not there. Every failure is recorded with its kind, and
 * the next attempt is scheduled by that kind alone.
 */
export async function deliverTarget(deps: DeliveryDeps, targetId: string): Promise<DeliveryOutcome> {
  const claimToken = crypto.randomUUID();
  const target = await deps.uow.targets.claim(targetId, claimToken, deps.clock.now());
  if (!target) return 'not-claimed';
  const post = await deps.uow.posts.findById(target.organizationId, target.postId);
  const account = await deps.uow.socialAccounts.findByIdAnyOrganization(target.socialAccountId);
  const provider = deps.providers.provider(target.platform);
  if (!post) return 'not-claimed'; // deleted mid-flight: the cascade removed the target too
  if (!account || !provider) {
    await record(deps, target, post, claimToken, { status: 'failed', lastErrorKind: 'rejected', lastErrorMessage: 'The account or its platform is no longer available.' });
    return 'failed';
  }
  if (account.status === 'needs_reconnect') {
    await record(deps, target, post, claimToken, { status: 'held', lastErrorKind: 'reconnect', lastErrorMessage: account.lastError ?? 'The account needs to be reconnected.' });
    return 'held';
  }

  // The platform's circuit and the account's bucket are checked before anything is sent. Waiting
  // keeps a `verifying` target verifying: its outcome is still unknown.
  const now = deps.clock.now();
  const postpone = async (until: Date, reason: string): Promise<DeliveryOutcome> => {
    const status = target.status === 'verifying' ? 'verifying' : 'retrying';
    // Nothing was tried, so the claim's attempt is given back: waiting never uses up the retry budget.
    await record(deps, target, post, claimToken, {
      status,
      attempts: target.attempts - 1,
      nextAttemptAt: new Date(until.getTime() + Math.random() * 1000),
      lastErrorKind: 'rate_limited',
      lastErrorMessage: reason,
    });
    return status;
  };
  const openUntil = await deps.uow.throttle.circuitOpenUntil(target.platform, now);
  if (openUntil) return postpone(openUntil, `${target.platform} is failing repeatedly; waiting for it to recover`);
  const limits = publishLimits[target.platform];
  const bucketKey = accountBucketKey(account.id, limits.bucket);
  const request = await buildRequest(deps.uow, post, target);
  const allowance = await deps.uow.throttle.take(bucketKey, { ...limits, cost: publishCost(target.platform, request.media.length) }, now);
  if (!allowance.granted) return postpone(allowance.retryAt ?? new Date(now.getTime() + 60_000), `waiting for ${target.platform}'s rate limit to allow another post`);

  const context = accountContextOf(account, deps.vault);
  // Everything above may have been slow (a stalled process, a busy database): make sure this
  // worker still holds the target, and restart its lease, right before talking to the platform.
  if (!(await deps.uow.targets.renewClaim(target.id, claimToken, deps.clock.now()))) return 'not-claimed';
  let published: PublishedPost | null = null;
  if (target.status === 'verifying') {
    const since = new Date((target.firstAttemptAt ?? target.scheduledAt ?? deps.clock.now()).getTime() - 60_000);
    try {
      published = await provider.findPublished(context, request, since);
    } catch (error) {
      if (!isProviderError(error)) throw error;
      // Could not look: the outcome is still unknown, so it stays unknown — never a blind resend.
      const retryAt = new Date(deps.clock.now().getTime() + Math.max(VERIFY_DELAY_MS, retryDelayMs(target.attempts)));
      await record(deps, target, post, claimToken, { status: 'verifying', nextAttemptAt: retryAt, lastErrorKind: error.kind, lastErrorMessage: error.message.slice(0, 1000) });
      return 'verifying';
    }
  }
  try {
    published ??= await publishWithRefresh(deps, provider, context, request);
    await deps.uow.throttle.recordPlatformSuccess(target.platform);
    await record(deps, target, post, claimToken, {
      status: 'published',
      platformPostId: published.platformPostId,
      platformUrl: published.url,
      publishedAt: published.publishedAt,
      nextAttemptAt: null,
      lastErrorKind: null,
      lastErrorMessage: null,
    });
    return 'published';
  } catch (error) {
    if (!isProviderError(error)) throw error; // a bug or the database: the claim lapses and the sweep verifies
    const patch = failurePatch(error, target, deps.clock.now());
    if (error.kind === 'retry' && (error.status ?? 0) >= 500) {
      await deps.uow.throttle.recordPlatformFailure(target.platform, deps.clock.now(), CIRCUIT_FAILURE_THRESHOLD, CIRCUIT_COOL_DOWN_MS);
    }
    if (error.kind === 'rate_limited' && error.retryAt) await deps.uow.throttle.block(bucketKey, error.retryAt, deps.clock.now());
    if (error.kind === 'reconnect' && !error.outcomeUnknown) {
      if (await deps.uow.socialAccounts.markNeedsReconnect(account.id, error.message, deps.clock.now())) {
        await deps.uow.targets.holdForAccount(account.id);
        await deps.onAccountNeedsReconnect(account.id, account.organizationId, error.message);
      }
    }
    await record(deps, target, post, claimToken, patch);
    return (patch.status ?? 'failed') as DeliveryOutcome;
  }
}
