import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hourOfWeekIn } from '@socialseed/core/learning/hour-of-week';
import { authHeaders, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { addMember, connectSandboxAccount, createBrand } from '../../testing/fixtures';
import { createPublishedTarget, insertEngagement } from '../../testing/engagement-fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let owner: RegisteredUser;

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const DAY = 86_400_000;

async function brandWithSandbox(preferences?: object) {
  const brandId = await createBrand(t.app, owner, 'Learning brand');
  const updated = await t.app.inject({ method: 'PUT', url: `/api/v1/brands/${brandId}`, headers: authHeaders(owner.accessToken, owner.organizationId), payload: { tone: 'educational', ...(preferences ? { preferences } : {}) } });
  expect(updated.statusCode, updated.body).toBe(200);
  const { accountId } = await connectSandboxAccount(t.app, owner, brandId);
  return { brandId, accountId };
}

/** A measured post: provocative threads on Tuesdays at 14:00 UTC earn ~4, educational singles ~0.5. */
async function measuredPost(brandId: string, accountId: string, index: number, winner: boolean) {
  const now = t.context.core.clock.now();
  const lastTuesday14 = new Date(Date.UTC(2026, 10, 17, 14));
  // Winners: Tuesdays 14:00–16:00 UTC of the last four weeks; the others: on other days, around 19:00.
  const publishedAt = winner ? new Date(lastTuesday14.getTime() - (index % 4) * 7 * DAY + (index % 3) * 3_600_000) : new Date(now.getTime() - ((index % 20) + 2) * DAY - 5 * 3_600_000);
  const target = await createPublishedTarget(t, owner, {
    brandId,
    accountId,
    text: `Measured post ${index}`,
    publishedAt,
    labels: winner ? { tone: 'provocative', format: 'thread' } : { tone: 'educational', format: 'single' },
  });
  await insertEngagement(t, target, winner ? { impressions: 1000, likes: 25, comments: 3, shares: 1 } : { impressions: 1000, likes: 5, comments: 0, shares: 0 });
  return target;
}

const get = (url: string, user = owner) => t.app.inject({ method: 'GET', url, headers: authHeaders(user.accessToken, user.organizationId) });
const post = (url: string, user = owner) => t.app.inject({ method: 'POST', url, headers: authHeaders(user.accessToken, user.organizationId) });

describe('brand learning API', () => {
  it('has no model before the first training, and the studio proposes the brand tone with the reason', async () => {
    const { brandId } = await brandWithSandbox();
    const learning = await get(`/api/v1/brands/${brandId}/learning`);
    expect(learning.statusCode).toBe(200);
    expect(learning.json()).toEqual({ model: null });
    const suggestion = await get(`/api/v1/brands/${brandId}/learning/recommendation?platform=sandbox`);
    expect(suggestion.json()).toMatchObject({ tone: 'educational', format: 'single', source: 'brand' });
    expect(suggestion.json().reason).toMatch(/Not enough measured posts/);
  });

  it('keeps the bandit and says "insufficient data" below 10 rewarded posts, then switches to Q-learning with a new version', async () => {
    const { brandId, accountId } = await brandWithSandbox();
    for (let index = 0; index < 4; index++) await measuredPost(brandId, accountId, index, index % 2 === 0);
    const first = await post(`/api/v1/brands/${brandId}/learning/retrain`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().model).toMatchObject({ version: 1, kind: 'bandit', sampleSize: 4, note: 'insufficient data', epsilon: 0.15 });

    for (let index = 4; index < 14; index++) await measuredPost(brandId, accountId, index, index % 2 === 0);
    const second = await post(`/api/v1/brands/${brandId}/learning/retrain`);
    expect(second.json().model).toMatchObject({ version: 2, kind: 'q_learning', sampleSize: 14, note: null });
    const model = second.json().model as { topArms: Array<{ tone: string; format: string; ratio: number }>; insights: string[]; averageReward: number };
    expect(model.topArms[0]).toMatchObject({ tone: 'provocative', format: 'thread' });
    expect(model.topArms[0]?.ratio).toBeGreaterThan(1.5);
    expect(model.insights.length).toBeGreaterThan(0);

    const latest = await get(`/api/v1/brands/${brandId}/learning`);
    expect(latest.json().model).toMatchObject({ version: 2, kind: 'q_learning' });
  });

  it('proposes the best-earning tone and format to the studio, with the evidence', async () => {
    const { brandId, accountId } = await brandWithSandbox();
    for (let index = 0; index < 12; index++) await measuredPost(brandId, accountId, index, index % 2 === 0);
    await post(`/api/v1/brands/${brandId}/learning/retrain`);
    const suggestion = await get(`/api/v1/brands/${brandId}/learning/recommendation?platform=sandbox`);
    expect(suggestion.statusCode, suggestion.body).toBe(200);
    expect(suggestion.json()).toMatchObject({ tone: 'provocative', format: 'thread', source: 'learner' });
    expect(suggestion.json().reason).toMatch(/^provocative threads earned \d+\.\d× the average reward for this brand/);
  });

  it('"add to queue" uses the learned best hours when the brand set none of its own', async () => {
    const { brandId, accountId } = await brandWithSandbox({ postsPerWeek: 14, preferredDays: [], preferredHours: [], timeZone: 'UTC' });
    // The same kind of post does well on Tuesday afternoons and poorly at other times.
    const winners = [];
    for (let index = 0; index < 8; index++) winners.push(await measuredPost(brandId, accountId, index, true));
    const now = t.context.core.clock.now();
    for (let index = 0; index < 8; index++) {
      const publishedAt = new Date(now.getTime() - (index + 2) * DAY - 5 * 3_600_000 - index * 7_200_000);
      if (hourOfWeekIn(publishedAt, 'UTC') >= 2 * 24 + 6 && hourOfWeekIn(publishedAt, 'UTC') < 3 * 24) continue;
      const other = await createPublishedTarget(t, owner, { brandId, accountId, text: `Off-peak ${index}`, publishedAt, labels: { tone: 'provocative', format: 'thread' } });
      await insertEngagement(t, other, { impressions: 1000, likes: 4, comments: 0, shares: 0 });
    }
    const retrained = await post(`/api/v1/brands/${brandId}/learning/retrain`);
    const peak = (retrained.json().model.bestTimes as Array<{ platform: string; peakSlot: number }>).find((table) => table.platform === 'sandbox')?.peakSlot;
    const postedSlots = winners.map((target) => hourOfWeekIn(target.publishedAt, 'UTC'));
    expect(postedSlots).toContain(peak);

    const created = await t.app.inject({ method: 'POST', url: '/api/v1/posts', headers: authHeaders(owner.accessToken, owner.organizationId), payload: { brandId, text: 'Queue me', accountIds: [accountId] } });
    const postId = created.json().post.id as string;
    expect((await post(`/api/v1/posts/${postId}/submit`)).statusCode).toBe(200);
    const queued = await post(`/api/v1/posts/${postId}/queue`);
    expect(queued.statusCode, queued.body).toBe(200);
    const slot = hourOfWeekIn(new Date(queued.json().post.scheduledAt as string), 'UTC');
    // Within the learned peak's neighbourhood (the winners were posted Tuesday 14:00–16:00).
    expect(Math.abs(slot - (peak ?? -100))).toBeLessThanOrEqual(6);
  });

  it('lets viewers read the model but not retrain it', async () => {
    const { brandId } = await brandWithSandbox();
    const viewer = await addMember(t, owner, 'viewer');
    expect((await get(`/api/v1/brands/${brandId}/learning`, viewer)).statusCode).toBe(200);
    expect((await post(`/api/v1/brands/${brandId}/learning/retrain`, viewer)).statusCode).toBe(403);
  });

  it('names the field for a bad platform or trend', async () => {
    const { brandId } = await brandWithSandbox();
    const badPlatform = await get(`/api/v1/brands/${brandId}/learning/recommendation?platform=myspace`);
    expect(badPlatform.statusCode).toBe(400);
    expect(badPlatform.body).toContain('platform');
    const badTrend = await get(`/api/v1/brands/${brandId}/learning/recommendation?platform=sandbox&trendId=00000000-0000-4000-8000-000000000000`);
    expect(badTrend.statusCode).toBe(400);
    expect(badTrend.body).toContain('trendId');
  });
});
