import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { evaluateEngagementAlerts } from '@socialseed/core/notifications/evaluate-engagement-alerts';
import { postEngagement } from '@socialseed/db/schema/index';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { connectSandboxAccount } from '../../testing/fixtures';
import { authHeaders, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { createPublishedTarget, insertEngagement, insertMetricSnapshot, type PublishedTarget } from '../../testing/engagement-fixtures';

let t: TestApp;
let owner: RegisteredUser;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date();
const at = (instant: Date) => ({ uow: t.context.core.uow, clock: { now: () => instant } });
const ago = (ms: number) => new Date(now.getTime() - ms);

const notifications = async (brandId: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/notifications?brandId=${brandId}&limit=100`, headers: authHeaders(owner.accessToken) })).json().items as Array<{
    kind: string;
    title: string;
    body: string;
    link: string;
    data: Record<string, unknown>;
  }>;

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
}, 60_000);
afterAll(async () => t?.close());

describe('post alerts', () => {
  let brandId: string;
  let viral: PublishedTarget;
  let poor: PublishedTarget;
  let young: PublishedTarget;

  beforeAll(async () => {
    const account = await connectSandboxAccount(t.app, owner);
    brandId = account.brandId;
    const publish = (text: string, publishedAt: Date) => createPublishedTarget(t, owner, { brandId, accountId: account.accountId, text, publishedAt });
    for (let index = 0; index < 4; index++) await insertEngagement(t, await publish(`Steady post ${index}`, ago((5 + index) * DAY)), { impressions: 1000, likes: 20 }, { now });
    viral = await publish('The thread everyone shared this week about open banking fees', ago(3 * DAY));
    await insertEngagement(t, viral, { impressions: 1000, likes: 100 }, { now });
    poor = await publish('A quiet announcement', ago(30 * HOUR));
    await insertEngagement(t, poor, { impressions: 1000, likes: 5 }, { now });
    young = await publish('Just posted', ago(2 * HOUR));
    await insertEngagement(t, young, { impressions: 1000, likes: 2 }, { now });
    // Older than the 30-day window: neither alerted nor part of the average.
    await insertEngagement(t, await publish('Ancient viral hit', ago(40 * DAY)), { impressions: 1000, likes: 500 }, { now });
  }, 60_000);

  it('writes one viral and one poor notification, marks the targets, and leaves young posts alone', async () => {
    expect(await evaluateEngagementAlerts(at(now), [brandId])).toBe(2);
    const written = await notifications(brandId);
    const viralNote = written.find((note) => note.kind === 'post.viral');
    const poorNote = written.find((note) => note.kind === 'post.poor');
    expect(written).toHaveLength(2);
    expect(viralNote).toMatchObject({ link: `/posts/${viral.postId}`, data: { targetId: viral.targetId, measure: 'engagementRate' } });
    expect(viralNote?.title).toMatch(/taking off on Sandbox/);
    // 0.1 against the others' (4 × 0.02 + 0.005 + 0.002) / 6 = 0.0145: 6.9×
    expect(viralNote?.body).toMatch(/^“The thread everyone shared this week about open banking fees” has 6\.9× the brand's average engagement rate\.$/);
    expect(poorNote).toMatchObject({ link: `/posts/${poor.postId}`, data: { targetId: poor.targetId } });
    expect(poorNote?.body).toMatch(/^After 30 hours, “A quiet announcement” has 16% of the brand's average engagement rate\.$/);
    const [row] = await t.connection.db.select().from(postEngagement).where(eq(postEngagement.targetId, viral.targetId));
    expect(row?.viralAlertedAt).toEqual(now);
    expect(row?.poorAlertedAt).toBeNull();
  });

  it('alerts once per target and kind, however often it runs', async () => {
    expect(await evaluateEngagementAlerts(at(now), [brandId, brandId])).toBe(0);
    expect(await evaluateEngagementAlerts(at(new Date(now.getTime() + HOUR)), [brandId])).toBe(0);
    expect(await notifications(brandId)).toHaveLength(2);
  });

  it('alerts a weak post once it is 24 hours old', async () => {
    expect(await evaluateEngagementAlerts(at(new Date(now.getTime() + 23 * HOUR)), [brandId])).toBe(1);
    const written = await notifications(brandId);
    expect(written.filter((note) => note.kind === 'post.poor').map((note) => note.data.targetId)).toContain(young.targetId);
  });

  it('stays quiet for a brand without enough history, and for unknown brands', async () => {
    const account = await connectSandboxAccount(t.app, owner);
    for (const [index, likes] of [20, 20, 200].entries()) {
      await insertEngagement(t, await createPublishedTarget(t, owner, { brandId: account.brandId, accountId: account.accountId, text: `Thin ${index}`, publishedAt: ago(2 * DAY) }), { impressions: 1000, likes }, { now });
    }
    // Three posts: each has only two others to compare with.
    expect(await evaluateEngagementAlerts(at(now), [account.brandId, '00000000-0000-4000-8000-000000000123'])).toBe(0);
    expect(await evaluateEngagementAlerts(at(now), [])).toBe(0);
  });
});

describe('unusual activity', () => {
  let brandId: string;
  let target: PublishedTarget;
  // Interactions gained per 24 hours, oldest first (15 windows, the last ending now).
  const gains = [100, 110, 95, 105, 98, 102, 90, 100, 104, 97, 103, 99, 101, 96, 100];

  beforeAll(async () => {
    const account = await connectSandboxAccount(t.app, owner);
    brandId = account.brandId;
    target = await createPublishedTarget(t, owner, { brandId, accountId: account.accountId, text: 'The evergreen post', publishedAt: ago(20 * DAY) });
    await insertEngagement(t, target, { impressions: 100_000, likes: 1550 }, { now });
    // A snapshot an hour before each 24-hour boundary (now − 15 d … now): the counts as of it.
    let likes = 50;
    await insertMetricSnapshot(t, target, ago(15 * DAY + HOUR), { impressions: 100_000, likes });
    for (const [index, gain] of gains.entries()) {
      likes += gain;
      await insertMetricSnapshot(t, target, ago((gains.length - 1 - index) * DAY + HOUR), { impressions: 100_000, likes, comments: null });
    }
  }, 60_000);

  it('says nothing about an ordinary day', async () => {
    expect(await evaluateEngagementAlerts(at(now), [brandId])).toBe(0);
  });

  it('flags a spike beyond 3σ once per brand and day', async () => {
    await insertMetricSnapshot(t, target, ago(30 * 60_000), { impressions: 100_000, likes: 50 + gains.reduce((sum, gain) => sum + gain, 0) + 400 });
    expect(await evaluateEngagementAlerts(at(now), [brandId])).toBe(1);
    expect(await evaluateEngagementAlerts(at(new Date(now.getTime() + 60_000)), [brandId])).toBe(0);
    const [note] = await notifications(brandId);
    expect(note).toMatchObject({ kind: 'activity.spike', link: `/analytics?brandId=${brandId}`, data: { kind: 'spike', days: 14 } });
    expect(note?.title).toMatch(/Unusual engagement spike/);
    expect(note?.body).toMatch(/got 500 interactions in the last 24 hours; a usual day brings 100 ± 10\./);
  });
});
