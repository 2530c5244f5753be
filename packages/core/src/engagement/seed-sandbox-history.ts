import crypto from 'node:crypto';
import { z } from 'zod';
import type { CoreDeps } from '../deps';
import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { ProviderRegistry } from '../ports/provider-registry';
import type { Repositories } from '../ports/repositories';
import type { PostStatus } from '../publishing/post';
import type { SocialAccountRecord } from '../publishing/social-account';
import type { Actor } from '../shared/actor';
import { planSandboxHistory } from './sandbox-history-plan';
import { syncEngagement, type SyncEngagementSummary } from './sync-engagement';

const DAY_MS = 86_400_000;
/** Every simulated post carries this tag, which is also how a second call knows history exists. */
export const SANDBOX_HISTORY_TAG = 'sandbox-history';

export const sandboxHistorySchema = z
  .object({
    brandId: z.uuid('Must be a valid id'),
    days: z.number().int().min(7).max(60).default(30),
    postsPerDay: z.number().int().min(1).max(6).default(2),
  })
  .strict();
export type SandboxHistoryInput = z.infer<typeof sandboxHistorySchema>;

export interface SandboxHistoryResult {
  /** Always true: none of this happened on a real network. */
  simulated: true;
  note: string;
  brandId: string;
  /** False when the brand already had simulated history (nothing was added). */
  created: boolean;
  posts: number;
  accounts: Array<{ id: string; handle: string }>;
  from: Date | null;
  to: Date | null;
  sync: Pick<SyncEngagementSummary, 'recorded' | 'accountSnapshots' | 'alerts'> | null;
}

export interface SeedSandboxHistoryOptions {
  intervalHours?: number;
  /**
   * The installation's Sandbox as it would have answered at an earlier instant. Given, the sync is
   * replayed once per simulated day, so the history has a time series (snapshots, follower counts)
   * instead of one measurement today.
   */
  sandboxAt?: (instant: Date) => ProviderRegistry;
}

const note = 'Simulated Sandbox history: backdated posts on the Sandbox network, measured with its simulated audience. No real network was involved.';

/** The brand's working Sandbox accounts, or a 400 naming `brandId`. */
async function sandboxAccountsOf(deps: Pick<CoreDeps, 'uow'>, actor: Actor, brandId: string): Promise<SocialAccountRecord[]> {
  const brand = await deps.uow.brands.findById(actor.organizationId, brandId);
  if (!brand) throw AppError.invalid([{ field: 'brandId', message: 'No such brand in this organization' }]);
  const { items } = await deps.uow.socialAccounts.list(actor.organizationId, { brandId }, { page: 1, limit: 100 });
  const sandbox = items.filter((account) => account.platform === 'sandbox' && account.status === 'active');
  if (sandbox.length === 0) throw AppError.invalid([{ field: 'brandId', message: 'This brand has no Sandbox account; connect one to simulate history' }]);
  return sandbox;
}

/**
 * Writes the planned posts as published on every Sandbox account of the brand, through the normal
 * repositories: each post (tagged, with its tone and format in `labels`) gets its targets, which
 * are scheduled at the backdated time and then claimed and recorded as published, exactly as a
 * delivery records them; the Sandbox network gets the post with createdAt = publishedAt, so its
 * audience reacts as if it had been there all along. Answers the target ids.
 */
async function writeHistory(repos: Repositories, actor: Actor, brandId: string, accounts: SocialAccountRecord[], plan: ReturnType<typeof planSandboxHistory>, now: Date): Promise<string[]> {
  const published: Array<{ id: string; platformPostId: string; platformUrl: string; publishedAt: Date }> = [];
  const postIds: string[] = [];
  for (const item of plan) {
    const post = await repos.posts.create({
      organizationId: actor.organizationId,
      brandId,
      text: item.text,
      mediaIds: [],
      tags: [SANDBOX_HISTORY_TAG],
      priority: 'normal',
      createdByUserId: actor.userId,
      labels: { tone: item.tone, format: item.format, trendId: null, trendCategory: null },
    });
    await repos.posts.update(post.id, { scheduledAt: item.publishedAt });
    await repos.targets.replaceForPost(post, accounts, []);
    const targets = await repos.targets.setSchedule(post.id, item.publishedAt);
    postIds.push(post.id);
    for (const target of targets) {
      const account = accounts.find((candidate) => candidate.id === target.socialAccountId);
      if (!account) continue;
      const platformPostId = `sbx_${crypto.randomUUID()}`;
      await repos.sandboxPosts.insert({ id: platformPostId, accountId: account.id, text: item.text, idempotencyKey: target.id, replyToId: null, mediaCount: 0, tone: item.tone, format: item.format, createdAt: item.publishedAt });
      published.push({ id: target.id, platformPostId, platformUrl: `${account.baseUrl}/@${account.handle}/${platformPostId}`, publishedAt: item.publishedAt });
    }
  }
  const claimToken = crypto.randomUUID();
  await repos.deliveryBatch.claimBatch(published.map((item) => item.id), claimToken, now);
  const finished = await repos.deliveryBatch.finishPublished(claimToken, published);
  await repos.deliveryBatch.setPostStatuses(postIds.map((postId) => ({ postId, status: 'published' as PostStatus })));
  return finished;
}

/**
 * "Sandbox history" for offline demos: `days` days of backdated posts on the brand's Sandbox
 * account(s), then measured — replayed day by day when `sandboxAt` is given — so snapshots,
 * rewards and follower counts exist at once. Only for brands with a Sandbox account. Calling it
 * again for a brand that already has simulated history adds nothing. Everything it writes is
 * tagged `sandbox-history` and the answer says it is simulated.
 */
export async function seedSandboxHistory(deps: CoreDeps, actor: Actor, input: SandboxHistoryInput, options: SeedSandboxHistoryOptions = {}): Promise<SandboxHistoryResult> {
  assertCan(actor.role, 'posts.write');
  const accounts = await sandboxAccountsOf(deps, actor, input.brandId);
  const accountIds = accounts.map((account) => account.id);
  const answer = { simulated: true as const, note, brandId: input.brandId, accounts: accounts.map((account) => ({ id: account.id, handle: account.handle })) };
  const now = deps.clock.now();
  const written = await deps.uow.transaction(async (repos) => {
    // The brand's row lock makes two simultaneous calls take turns: the second sees the first's posts.
    const brand = await repos.brands.findByIdForUpdate(actor.organizationId, input.brandId);
    if (!brand) throw AppError.invalid([{ field: 'brandId', message: 'No such brand in this organization' }]);
    const existing = await repos.posts.list(actor.organizationId, { brandId: brand.id, tag: SANDBOX_HISTORY_TAG }, { page: 1, limit: 1 });
    if (existing.total > 0) return null;
    const plan = planSandboxHistory({ brandId: brand.id, brandName: brand.name, topics: brand.pillars, days: input.days, postsPerDay: input.postsPerDay, now });
    return { plan, targetIds: await writeHistory(repos, actor, brand.id, accounts, plan, now) };
  });
  if (!written) return { ...answer, created: false, posts: 0, from: null, to: null, sync: null };

  // Older than the 30-day window or not, these posts are measured from their first slot on.
  await deps.uow.engagement.enrolPublished({ since: new Date(0), targetIds: written.targetIds });
  const pass = { socialAccountIds: accountIds, ...(options.intervalHours ? { intervalHours: options.intervalHours } : {}) };
  const first = written.plan[0]?.publishedAt ?? now;
  if (options.sandboxAt) {
    // One pass at the end of every simulated day, as the Sandbox would have answered then.
    for (let instant = new Date(Math.floor(first.getTime() / DAY_MS) * DAY_MS + DAY_MS - 60_000); instant < now; instant = new Date(instant.getTime() + DAY_MS)) {
      const at = instant;
      await syncEngagement({ ...deps, clock: { now: () => at }, providers: options.sandboxAt(at) }, { ...pass, now: at, alerts: false });
    }
  }
  const summary = await syncEngagement(deps, { ...pass, now });
  return {
    ...answer,
    created: true,
    posts: written.plan.length,
    from: first,
    to: written.plan.at(-1)?.publishedAt ?? null,
    sync: { recorded: summary.recorded, accountSnapshots: summary.accountSnapshots, alerts: summary.alerts },
  };
}
