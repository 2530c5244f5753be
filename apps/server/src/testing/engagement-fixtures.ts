import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { computeReward, engagementRate, unknownCounts, virality, type EngagementCounts } from '@socialseed/core/learning/engagement-metrics';
import type { PostLabels } from '@socialseed/core/learning/post-labels';
import { accountSnapshots, competitorSnapshots, postEngagement, postMetricSnapshots, postTargets, posts } from '@socialseed/db/schema/index';
import { expect } from 'vitest';
import { authHeaders, type RegisteredUser } from './api-helpers';
import type { TestApp } from './test-app';

/**
 * Engagement as the sync job leaves it, for analytics tests: posts created through the API,
 * then marked published and measured with plain inserts (API tests run no worker and reach no
 * network). Rewards and rates are computed with core's own functions, so the rows agree with
 * what the sync would store.
 */

export interface PublishedTarget {
  postId: string;
  targetId: string;
  accountId: string;
  brandId: string;
  organizationId: string;
  platform: string;
  publishedAt: Date;
}

/** A post on one account, published at `publishedAt` (in the past), with optional labels, images and thread flag. */
export async function createPublishedTarget(
  t: TestApp,
  owner: RegisteredUser,
  input: { brandId: string; accountId: string; text: string; publishedAt: Date; labels?: Partial<PostLabels> | null; mediaIds?: string[]; asThread?: boolean },
): Promise<PublishedTarget> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/posts',
    headers: authHeaders(owner.accessToken, owner.organizationId),
    payload: {
      brandId: input.brandId,
      text: input.text,
      accountIds: [input.accountId],
      mediaIds: input.mediaIds ?? [],
      ...(input.asThread ? { overrides: [{ accountId: input.accountId, asThread: true }] } : {}),
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const post = (response.json() as { post: { id: string; targets: Array<{ id: string; platform: string }> } }).post;
  const target = post.targets[0];
  if (!target) throw new Error('the post has no target');
  const labels = input.labels ? { tone: null, format: null, trendId: null, trendCategory: null, ...input.labels } : null;
  await t.connection.db.update(posts).set({ status: 'published', labels }).where(eq(posts.id, post.id));
  await t.connection.db
    .update(postTargets)
    .set({ status: 'published', platformPostId: `fixture-${target.id}`, platformUrl: `https://${target.platform}.example/p/${target.id}`, publishedAt: input.publishedAt })
    .where(eq(postTargets.id, target.id));
  return { postId: post.id, targetId: target.id, accountId: input.accountId, brandId: input.brandId, organizationId: owner.organizationId, platform: target.platform, publishedAt: input.publishedAt };
}

/** The target's latest counts and derived metrics, as of `now` (reward final after 7 days). */
export async function insertEngagement(t: TestApp, target: PublishedTarget, counts: Partial<EngagementCounts>, options: { estimatedImpressions?: number | null; now?: Date } = {}): Promise<void> {
  const full: EngagementCounts = { ...unknownCounts, ...counts };
  const estimatedImpressions = options.estimatedImpressions ?? null;
  const reward = computeReward(full, { estimatedImpressions, publishedAt: target.publishedAt, now: options.now ?? t.context.core.clock.now() });
  await t.connection.db.insert(postEngagement).values({
    targetId: target.targetId,
    organizationId: target.organizationId,
    brandId: target.brandId,
    postId: target.postId,
    socialAccountId: target.accountId,
    platform: target.platform,
    platformPostId: `fixture-${target.targetId}`,
    publishedAt: target.publishedAt,
    nextFetchAt: new Date(target.publishedAt.getTime() + 30 * 86_400_000),
    lastFetchedAt: target.publishedAt,
    fetchCount: 1,
    ...full,
    estimatedImpressions,
    reward: reward.value,
    rewardEstimated: reward.estimated,
    rewardFinal: reward.final,
    engagementRate: engagementRate(full, estimatedImpressions),
    virality: virality(full, estimatedImpressions),
  });
}

/** One fetch of the target's counts at `fetchedAt` (missing counts stay unknown). */
export async function insertMetricSnapshot(t: TestApp, target: PublishedTarget, fetchedAt: Date, counts: Partial<EngagementCounts>, estimatedImpressions: number | null = null): Promise<void> {
  await t.connection.db.insert(postMetricSnapshots).values({
    targetId: target.targetId,
    organizationId: target.organizationId,
    dueAt: fetchedAt,
    fetchedAt,
    ...unknownCounts,
    ...counts,
    estimatedImpressions,
  });
}

const hourOf = (instant: Date) => new Date(Math.floor(instant.getTime() / 3_600_000) * 3_600_000);

/** An account's follower count at `capturedAt` (null: the platform did not say). */
export async function insertAccountSnapshot(t: TestApp, organizationId: string, accountId: string, capturedAt: Date, followers: number | null): Promise<void> {
  await t.connection.db.insert(accountSnapshots).values({ socialAccountId: accountId, organizationId, capturedHour: hourOf(capturedAt), capturedAt, followers, following: null, postsCount: null });
}

export async function insertCompetitorSnapshot(t: TestApp, competitorId: string, capturedAt: Date, counts: { followers: number | null; postsCount: number | null }): Promise<void> {
  await t.connection.db.insert(competitorSnapshots).values({ competitorId, capturedHour: hourOf(capturedAt), capturedAt, following: null, ...counts });
}

/** A competitor account watched by `brandId`, added through the API. */
export async function createCompetitor(t: TestApp, owner: RegisteredUser, brandId: string, handle = `rival${crypto.randomBytes(3).toString('hex')}`): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/analytics/competitors',
    headers: authHeaders(owner.accessToken, owner.organizationId),
    payload: { brandId, platform: 'sandbox', handle },
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { competitor: { id: string } }).competitor.id;
}
