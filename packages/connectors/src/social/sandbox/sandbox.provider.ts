import crypto from 'node:crypto';
import type { SandboxPostsRepository } from '@socialseed/core/ports/publishing-repositories';
import { ProviderError, type AccountContext, type PublishRequest, type SocialProvider } from '@socialseed/core/ports/social-provider';
import type { Clock } from '@socialseed/core/shared/clock';
import { simulateEngagement } from './sandbox-audience';
import { sandboxProfile } from './sandbox.profile';

/**
 * Faults a test can make the Sandbox network produce, one per upcoming publish call; `none` lets
 * that call through, so a later one (say, part 2 of a thread) is the one that fails.
 */
export type SandboxFault = 'none' | 'timeout-after-commit' | 'unavailable' | 'rate-limited' | 'expired-token' | 'revoked' | 'refused-content';

export interface SandboxOptions {
  posts: SandboxPostsRepository;
  clock: Clock;
  /** Consumed in order by publish calls; empty in production. */
  faults?: SandboxFault[];
  /**
   * Time between accepting a post and answering, like a real network's round trip. A worker that
   * dies in this window leaves a post that exists but was never recorded — what crash tests need.
   */
  answerDelayMs?: number;
}

const SANDBOX_URL = 'https://sandbox.socialseed.local';

/**
 * The built-in simulated network, so every flow works offline with no keys. It behaves like a
 * real platform where it matters to delivery: it does not deduplicate (a blind resend posts
 * twice), it can fail in each of the ways real ones do, and engagement arrives over time.
 */
export function createSandboxProvider(options: SandboxOptions): SocialProvider {
  const faults = options.faults ?? [];

  async function failIfPlanned(): Promise<SandboxFault | null> {
    const fault = faults.shift() ?? null;
    if (fault === 'unavailable') throw new ProviderError('retry', 'Sandbox: 503 Service Unavailable', { status: 503 });
    if (fault === 'rate-limited') throw new ProviderError('rate_limited', 'Sandbox: 429 Too Many Requests', { status: 429, retryAt: new Date(options.clock.now().getTime() + 2000) });
    if (fault === 'expired-token') throw new ProviderError('refresh', 'Sandbox: 401 token expired', { status: 401 });
    if (fault === 'revoked') throw new ProviderError('reconnect', 'Sandbox: 403 access revoked', { status: 403 });
    if (fault === 'refused-content') throw new ProviderError('rejected', 'Sandbox: 422 the post breaks the network\'s content rules', { status: 422 });
    return fault;
  }

  async function create(account: AccountContext, request: PublishRequest, replyToId: string | null) {
    const fault = await failIfPlanned();
    // Like every real network, a reply needs a post to answer.
    if (replyToId && !(await options.posts.find(replyToId))) throw new ProviderError('rejected', `Sandbox: post ${replyToId} to reply to does not exist`, { status: 404 });
    const id = `sbx_${crypto.randomUUID()}`;
    const createdAt = options.clock.now();
    await options.posts.insert({ id, accountId: account.accountId, text: request.text, idempotencyKey: request.idempotencyKey, replyToId, mediaCount: request.media.length, tone: request.labels?.tone ?? null, format: request.labels?.format ?? null, createdAt });
    if (fault === 'timeout-after-commit') {
      throw new ProviderError('retry', 'Sandbox: no answer after sending', { outcomeUnknown: true });
    }
    if (options.answerDelayMs) await new Promise((resolve) => setTimeout(resolve, options.answerDelayMs));
    return { platformPostId: id, url: `${SANDBOX_URL}/@${account.handle}/${id}`, publishedAt: createdAt };
  }

  return {
    platform: 'sandbox',
    publish: (account, request) => create(account, request, request.replyToPlatformPostId),
    async findPublished(account, request, since) {
      const found = await options.posts.findByIdempotencyKey(account.accountId, request.idempotencyKey);
      if (!found || found.createdAt < since) return null;
      return { platformPostId: found.id, url: `${SANDBOX_URL}/@${account.handle}/${found.id}`, publishedAt: found.createdAt };
    },
    async delete(_account, platformPostId) {
      await options.posts.delete(platformPostId);
    },
    async fetchMetrics(account, platformPostIds) {
      const now = options.clock.now();
      const results = [];
      // One read for the whole batch; deleted posts are left out, as real networks do.
      const found = new Map((await options.posts.findMany(platformPostIds)).map((post) => [post.id, post]));
      for (const platformPostId of platformPostIds) {
        const post = found.get(platformPostId);
        if (!post) continue;
        const metrics = simulateEngagement({ accountId: account.accountId, postId: post.id, text: post.text, mediaCount: post.mediaCount, tone: post.tone, format: post.format, publishedAt: post.createdAt, now });
        results.push({ platformPostId, ...metrics, quotes: null, saves: null, clicks: null });
      }
      return results;
    },
    async fetchProfile(account, handle) {
      // Every handle exists on the simulated network; only connected accounts have posts we know of.
      if (handle !== undefined) return sandboxProfile(`handle:${handle.trim().replace(/^@/, '').toLowerCase()}`, null);
      return sandboxProfile(account.accountId, await options.posts.countForAccount(account.accountId, options.clock.now()));
    },
    async listComments() {
      return [];
    },
    reply: (account, platformPostId, text) => create(account, { text, media: [], replyToPlatformPostId: platformPostId, idempotencyKey: crypto.randomUUID() }, platformPostId),
    async refreshCredentials(account) {
      return { ...account.credentials, accessToken: `sandbox_${crypto.randomBytes(16).toString('hex')}` };
    },
  };
}
