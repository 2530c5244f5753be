import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearnerModel } from '@socialseed/core/learning/learner-model';
import { emptyPrior } from '@socialseed/core/learning/priors';
import { trainLearner } from '@socialseed/core/learning/train-learner';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { connectSandboxAccount, createBrand } from '../../testing/fixtures';
import { createPublishedTarget, insertEngagement } from '../../testing/engagement-fixtures';
import { buildAnalyticsScenario, PERIOD, type AnalyticsScenario } from './analytics-scenario';

let t: TestApp;
let owner: RegisteredUser;
let scenario: AnalyticsScenario;

const get = (path: string, user: RegisteredUser = owner) => t.app.inject({ method: 'GET', url: `/api/v1/analytics/${path}`, headers: authHeaders(user.accessToken, user.organizationId) });
const query = (extra: Record<string, string> = {}) => new URLSearchParams({ brandId: scenario.brandId, ...PERIOD, ...extra }).toString();
const ok = async (path: string) => {
  const response = await get(path);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Northwind' });
  scenario = await buildAnalyticsScenario(t, owner);
}, 60_000);
afterAll(async () => t?.close());

describe('GET /analytics/overview', () => {
  it('sums the period, compares with the week before and says estimates were used', async () => {
    const body = await ok(`overview?${query()}`);
    expect(body.period).toEqual({ from: '2026-02-28T23:00:00.000Z', to: '2026-03-07T23:00:00.000Z' });
    expect(body.totals).toEqual({ posts: 4, impressions: 1900, likes: 38, comments: 6, shares: 3, engagementRate: expect.closeTo(47 / 1900, 12), averageReward: expect.closeTo(10.7 / 3, 6) });
    expect(body.previous).toEqual({ posts: 1, impressions: 800, likes: 16, comments: 2, shares: 0, engagementRate: expect.closeTo(18 / 800, 12), averageReward: expect.closeTo(2.75, 6) });
    expect(body.deltas).toEqual({
      posts: 3,
      impressions: 1.375,
      likes: 1.375,
      comments: 2,
      shares: null,
      engagementRate: expect.closeTo(47 / 1900 / (18 / 800) - 1, 10),
      averageReward: expect.closeTo(10.7 / 3 / 2.75 - 1, 6),
    });
    expect(body.estimated).toBe(true);
  });

  it('narrows to one platform', async () => {
    const body = await ok(`overview?${query({ platform: 'sandbox' })}`);
    expect(body.totals).toMatchObject({ posts: 3, impressions: 1500, likes: 30, comments: 4, shares: 3, engagementRate: expect.closeTo(37 / 1500, 12) });
    expect(body.estimated).toBe(false);
    expect(body.previous).toMatchObject({ posts: 1 });
    // Bluesky reports no shares (and no impressions: the estimate stands in, and says so).
    const bluesky = await ok(`overview?${query({ platform: 'bluesky' })}`);
    expect(bluesky.totals).toMatchObject({ posts: 1, impressions: 400, likes: 8, shares: null, engagementRate: 0.025 });
    expect(bluesky.estimated).toBe(true);
    expect(bluesky.deltas).toMatchObject({ posts: null, shares: null });
  });

  it('answers zeros and nulls for a brand without posts, never NaN', async () => {
    const empty = await createBrand(t.app, owner, 'Quiet brand');
    const body = await ok(`overview?brandId=${empty}`);
    expect(body.totals).toEqual({ posts: 0, impressions: 0, likes: 0, comments: 0, shares: 0, engagementRate: null, averageReward: null });
    expect(Object.values(body.deltas).every((delta) => delta === null)).toBe(true);
    expect(body.estimated).toBe(false);
    // The default period is the last 30 days.
    expect(new Date(body.period.to).getTime() - new Date(body.period.from).getTime()).toBe(30 * 86_400_000);
  });
});

describe('GET /analytics/posts', () => {
  const ids = (body: { items: Array<{ targetId: string }> }) => body.items.map((item) => Object.entries(scenario.targets).find(([, target]) => target.targetId === item.targetId)?.[0]);

  it('lists each published target with its counts, labels and the fallback labels', async () => {
    const body = await ok(`posts?${query()}`);
    expect(body).toMatchObject({ total: 4, page: 1, limit: 20 });
    expect(ids(body)).toEqual(['p4', 'p3', 'p2', 'p1']);
    const [p4, p3, p2, p1] = body.items;
    expect(p1).toMatchObject({
      postId: scenario.targets.p1.postId,
      excerpt: 'Hot take: "decaf" is, frankly, fine',
      platform: 'sandbox',
      url: `https://sandbox.example/p/${scenario.targets.p1.targetId}`,
      publishedAt: '2026-03-02T08:00:00.000Z',
      impressions: 1000,
      estimatedImpressions: null,
      likes: 20,
      comments: 4,
      shares: 2,
      engagementRate: expect.closeTo(0.026, 6),
      virality: expect.closeTo(0.002, 6),
      reward: expect.closeTo(4.2, 5),
      rewardEstimated: false,
      rewardFinal: true,
      tone: 'provocative',
      format: 'thread',
    });
    expect(p2).toMatchObject({ tone: 'playful', format: 'carousel', reward: 3 });
    expect(p3).toMatchObject({ platform: 'bluesky', accountHandle: 'northwind.bsky.social', impressions: null, estimatedImpressions: 400, shares: null, rewardEstimated: true, reward: 3.5, tone: 'playful', format: 'thread' });
    expect(p4).toMatchObject({ tone: 'educational', format: 'single', impressions: null, likes: null, reward: null, engagementRate: null });
  });

  it('sorts by any measure with unknown values last in both directions, and pages', async () => {
    expect(ids(await ok(`posts?${query({ sort: 'reward' })}`))).toEqual(['p1', 'p3', 'p2', 'p4']);
    expect(ids(await ok(`posts?${query({ sort: 'reward', order: 'asc' })}`))).toEqual(['p2', 'p3', 'p1', 'p4']);
    expect(ids(await ok(`posts?${query({ sort: 'impressions' })}`))).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(ids(await ok(`posts?${query({ sort: 'likes', order: 'asc' })}`))).toEqual(['p3', 'p2', 'p1', 'p4']);
    expect(ids(await ok(`posts?${query({ sort: 'engagementRate' })}`))).toEqual(['p1', 'p3', 'p2', 'p4']);
    const second = await ok(`posts?${query({ sort: 'reward', limit: '2', page: '2' })}`);
    expect(second).toMatchObject({ total: 4, page: 2, limit: 2 });
    expect(ids(second)).toEqual(['p2', 'p4']);
    const beyond = await ok(`posts?${query({ page: '9' })}`);
    expect(beyond).toMatchObject({ items: [], total: 4 });
    expect(ids(await ok(`posts?${query({ platform: 'bluesky' })}`))).toEqual(['p3']);
  });
});

describe('GET /analytics/engagement', () => {
  const nothing = { impressions: null, likes: null, comments: null, shares: null, engagementRate: null };
  const sandboxFrom4th = { impressions: 1600, likes: 20, comments: 5, shares: 3, engagementRate: expect.closeTo(28 / 1600, 12) };
  const blueskyFrom5th = { impressions: 400, likes: 8, comments: 2, shares: null, engagementRate: 0.025 };

  it("sums each target's latest snapshot per local day, leaving unknown values null", async () => {
    const { series } = await ok(`engagement?${query()}`);
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'];
    expect(series.map((point: { date: string; platform: string }) => `${point.date} ${point.platform}`)).toEqual(days.flatMap((day) => [`${day} bluesky`, `${day} sandbox`]));
    const sandbox = series.filter((point: { platform: string }) => point.platform === 'sandbox');
    const bluesky = series.filter((point: { platform: string }) => point.platform === 'bluesky');
    expect(sandbox).toEqual([
      { date: '2026-03-01', platform: 'sandbox', ...nothing },
      { date: '2026-03-02', platform: 'sandbox', impressions: 300, likes: 5, comments: 1, shares: 0, engagementRate: 0.02 },
      // p2's second fetch (00:30 local on the 4th) is not part of the 3rd.
      { date: '2026-03-03', platform: 'sandbox', impressions: 1500, likes: 30, comments: 4, shares: 3, engagementRate: expect.closeTo(37 / 1500, 12) },
      // From the 4th p2's likes are unknown: 20 is p1's alone, not 20 + 0; the rate counts p2's known comments and shares.
      ...days.slice(3).map((date) => ({ date, platform: 'sandbox', ...sandboxFrom4th })),
    ]);
    expect(bluesky).toEqual([
      ...days.slice(0, 4).map((date) => ({ date, platform: 'bluesky', ...nothing })),
      ...days.slice(4).map((date) => ({ date, platform: 'bluesky', ...blueskyFrom5th })),
    ]);
  });

  it('buckets by Monday-started local weeks', async () => {
    const { series } = await ok(`engagement?${query({ interval: 'week' })}`);
    expect(series).toEqual([
      { date: '2026-02-23', platform: 'bluesky', ...nothing },
      { date: '2026-02-23', platform: 'sandbox', ...nothing },
      { date: '2026-03-02', platform: 'bluesky', ...blueskyFrom5th },
      { date: '2026-03-02', platform: 'sandbox', ...sandboxFrom4th },
    ]);
  });

  it('narrows to one platform', async () => {
    const { series } = await ok(`engagement?${query({ platform: 'bluesky', interval: 'week' })}`);
    expect(series.map((point: { platform: string }) => point.platform)).toEqual(['bluesky', 'bluesky']);
  });
});

describe('GET /analytics/growth', () => {
  it("carries each account's last known follower count per local day and measures growth over the period", async () => {
    const { accounts } = await ok(`growth?${query()}`);
    expect(accounts.map((account: { platform: string }) => account.platform)).toEqual(['bluesky', 'sandbox']);
    const [bluesky, sandbox] = accounts;
    expect(bluesky).toMatchObject({ accountId: scenario.blueskyAccountId, handle: 'northwind.bsky.social', growth: null });
    expect(bluesky.points.every((point: { followers: number | null }) => point.followers === null)).toBe(true);
    expect(sandbox.accountId).toBe(scenario.sandboxAccountId);
    expect(sandbox.points).toEqual([
      { date: '2026-03-01', followers: 1000 },
      { date: '2026-03-02', followers: 1000 },
      { date: '2026-03-03', followers: 1100 },
      { date: '2026-03-04', followers: 1100 },
      { date: '2026-03-05', followers: 1100 },
      // The fetch of the 6th learned no count: the last known one stands, it is not 0.
      { date: '2026-03-06', followers: 1100 },
      { date: '2026-03-07', followers: 1200 },
    ]);
    expect(sandbox.growth).toBeCloseTo(0.2, 12);
  });
});

describe('GET /analytics/audience', () => {
  it('groups the period by tone, format and platform, with the fallback labels', async () => {
    const body = await ok(`audience?${query()}`);
    expect(body.timeZone).toBe('Europe/Berlin');
    expect(body.byTone).toEqual([
      { key: 'provocative', posts: 1, averageReward: expect.closeTo(4.2, 5), engagementRate: expect.closeTo(0.026, 12) },
      { key: 'playful', posts: 2, averageReward: expect.closeTo(3.25, 5), engagementRate: expect.closeTo(21 / 900, 12) },
      { key: 'educational', posts: 1, averageReward: null, engagementRate: null },
    ]);
    expect(body.byFormat).toEqual([
      { key: 'thread', posts: 2, averageReward: expect.closeTo(3.85, 5), engagementRate: expect.closeTo(36 / 1400, 12) },
      { key: 'carousel', posts: 1, averageReward: 3, engagementRate: expect.closeTo(0.022, 12) },
      { key: 'single', posts: 1, averageReward: null, engagementRate: null },
    ]);
    expect(body.byPlatform).toEqual([
      { key: 'sandbox', posts: 3, averageReward: expect.closeTo(3.6, 5), engagementRate: expect.closeTo(37 / 1500, 12) },
      { key: 'bluesky', posts: 1, averageReward: 3.5, engagementRate: 0.025 },
    ]);
  });

  it('estimates best times from the rewards in the brand time zone until a model is trained', async () => {
    const body = await ok(`audience?${query()}`);
    expect(body.bestTimes.map((table: { platform: string }) => table.platform)).toEqual(['sandbox', 'bluesky']);
    const [sandbox, bluesky] = body.bestTimes;
    expect(sandbox.expectedReward).toHaveLength(168);
    // p1 Monday 09:00 and p2 Tuesday 12:00 Berlin time; p3 Wednesday 18:00.
    const tried = (table: { samples: number[] }) => table.samples.flatMap((count, slot) => (count > 0 ? [slot] : []));
    expect(tried(sandbox)).toEqual([24 + 9, 2 * 24 + 12]);
    expect(tried(bluesky)).toEqual([3 * 24 + 18]);
    expect((await ok(`audience?${query({ platform: 'bluesky' })}`)).bestTimes.map((table: { platform: string }) => table.platform)).toEqual(['bluesky']);
  });

  it("shows the newest trained model's best times once there is one", async () => {
    const table = { platform: 'x' as const, expectedReward: Array.from({ length: 168 }, (_, slot) => (slot === 40 ? 2 : 1)), samples: new Array<number>(168).fill(0), peakSlot: 40 };
    // A real (empty) training, with one best-time table put in: the view must show the model's tables as stored.
    const trained = trainLearner([], { now: new Date(), timeZone: 'Europe/Berlin', priors: emptyPrior, epsilon: 0.15, alpha: 0.1 });
    const model: LearnerModel = { ...trained, bestTimes: [table] };
    const other = await createBrand(t.app, owner, 'Trained brand');
    await t.context.core.uow.learningModels.save({ organizationId: owner.organizationId, brandId: other, kind: model.kind, model, sampleSize: 0, note: 'insufficient data', trainedAt: new Date() });
    const body = await ok(`audience?brandId=${other}`);
    expect(body.bestTimes).toEqual([table]);
    expect(body.byTone).toEqual([]);
  });
});

describe('GET /analytics/export', () => {
  it('downloads every post of the period as CSV, quoted and with formulas neutralised', async () => {
    const response = await get(`export?${query()}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="socialseed-northwind-coffee-2026-03-01-to-2026-03-07.csv"');
    const { p1, p2, p3, p4 } = scenario.targets;
    const handle = (await ok(`posts?${query({ platform: 'sandbox', limit: '1' })}`)).items[0].accountHandle;
    const url = (target: { targetId: string; platform: string }) => `https://${target.platform}.example/p/${target.targetId}`;
    expect(response.body.split('\r\n')).toEqual([
      'targetId,postId,publishedAt,platform,accountHandle,url,text,tone,format,impressions,estimatedImpressions,likes,comments,shares,engagementRate,virality,reward,rewardEstimated,rewardFinal',
      `${p4.targetId},${p4.postId},2026-03-05T09:00:00.000Z,sandbox,${handle},${url(p4)},"'=HYPERLINK(""http://evil.example"",""Click"")",educational,single,,,,,,,,,false,true`,
      `${p3.targetId},${p3.postId},2026-03-04T17:00:00.000Z,bluesky,northwind.bsky.social,${url(p3)},"Our roastery, one thread at a time",playful,thread,,400,8,2,,0.025,,3.5,true,true`,
      `${p2.targetId},${p2.postId},2026-03-03T11:00:00.000Z,sandbox,${handle},${url(p2)},'-20% off every flat white today,playful,carousel,500,,10,0,1,0.022,0.002,3,false,true`,
      `${p1.targetId},${p1.postId},2026-03-02T08:00:00.000Z,sandbox,${handle},${url(p1)},"Hot take: ""decaf"" is, frankly,\nfine",provocative,thread,1000,,20,4,2,0.026,0.002,4.2,false,true`,
      '',
    ]);
  });

  it('answers a header row alone when the period has no posts', async () => {
    const response = await get(`export?${new URLSearchParams({ brandId: scenario.brandId, from: '2025-01-01T00:00:00+01:00', to: '2025-01-02T00:00:00+01:00' })}`);
    expect(response.statusCode).toBe(200);
    expect(response.body.split('\r\n')).toHaveLength(2);
    // Local dates, and `to` is exclusive: one Berlin day.
    expect(response.headers['content-disposition']).toContain('2025-01-01-to-2025-01-01.csv');
  });
});

describe('organizations are kept apart', () => {
  it("refuses another organization's brand naming brandId, and never mixes in its posts", async () => {
    const outsider = await registerUser(t.app, { organizationName: 'Prying Beans' });
    for (const path of ['overview', 'posts', 'engagement', 'growth', 'audience', 'export', 'competitors']) {
      expectFieldError(await get(`${path}?${query()}`, outsider), 400, 'brandId');
    }
    const { accountId, brandId } = await connectSandboxAccount(t.app, outsider);
    const theirs = await createPublishedTarget(t, outsider, { brandId, accountId, text: 'Their post', publishedAt: new Date('2026-03-03T10:00:00Z') });
    await insertEngagement(t, theirs, { impressions: 5000, likes: 500, comments: 50, shares: 5 });
    const their = await get(`overview?${new URLSearchParams({ brandId, ...PERIOD })}`, outsider);
    expect(their.json().totals).toMatchObject({ posts: 1, impressions: 5000, likes: 500 });
    expect((await ok(`overview?${query()}`)).totals).toMatchObject({ posts: 4, impressions: 1900, likes: 38 });
  });
});

describe('bad input names the field', () => {
  it.each([
    ['overview', '', 'brandId'],
    ['overview', 'brandId=nope', 'brandId'],
    ['overview', 'brandId=00000000-0000-4000-8000-000000000001', 'brandId'],
    ['overview', `{brand}&from=2026-03-08T00:00:00Z&to=2026-03-01T00:00:00Z`, 'to'],
    ['overview', `{brand}&from=2025-01-01T00:00:00Z&to=2026-03-01T00:00:00Z`, 'to'],
    ['overview', `{brand}&from=2999-01-01T00:00:00Z`, 'from'],
    ['overview', `{brand}&from=yesterday`, 'from'],
    ['overview', `{brand}&platform=myspace`, 'platform'],
    ['posts', `{brand}&sort=views`, 'sort'],
    ['posts', `{brand}&order=up`, 'order'],
    ['posts', `{brand}&limit=101`, 'limit'],
    ['posts', `{brand}&page=0`, 'page'],
    ['engagement', `{brand}&interval=month`, 'interval'],
    ['export', `{brand}&format=pdf`, 'format'],
    ['competitors', '', 'brandId'],
  ])('%s?%s → %s', async (path, search, field) => {
    expectFieldError(await get(`${path}?${search.replace('{brand}', `brandId=${scenario.brandId}`)}`), 400, field);
  });
});
