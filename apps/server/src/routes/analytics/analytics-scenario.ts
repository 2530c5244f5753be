import { expect } from 'vitest';
import { authHeaders, type RegisteredUser } from '../../testing/api-helpers';
import { connectSandboxAccount, createBrand, uploadImage } from '../../testing/fixtures';
import { insertAccount } from '../../testing/post-fixtures';
import type { TestApp } from '../../testing/test-app';
import {
  createPublishedTarget,
  insertAccountSnapshot,
  insertEngagement,
  insertMetricSnapshot,
  type PublishedTarget,
} from '../../testing/engagement-fixtures';

/**
 * One brand's week of engagement, with numbers chosen so every figure can be checked by hand.
 * The brand posts in Europe/Berlin (UTC+1 in early March); the period is its local week
 * 2026-03-01 … 2026-03-07, the previous period the week before.
 *
 * | post | account  | published (local)   | labels                  | counts (impr/likes/comments/shares) | reward |
 * | p1   | sandbox  | Mon 03-02 09:00     | provocative, thread     | 1000 / 20 / 4 / 2                    | 4.2    |
 * | p2   | sandbox  | Tue 03-03 12:00     | none, 2 images          | 500 / 10 / 0 / 1                     | 3.0    |
 * | p3   | bluesky  | Wed 03-04 18:00     | none, sent as thread    | – (estimated 400) / 8 / 2 / –        | 3.5 (estimated) |
 * | p4   | sandbox  | Thu 03-05 10:00     | educational, no format  | nothing measured yet                 | –      |
 * | p5   | sandbox  | Wed 02-25 10:00     | none                    | 800 / 16 / 2 / 0  (previous period)  | 2.75   |
 * | p6   | sandbox  | Sun 02-01 10:00     | none                    | 999 / 99 / 9 / 9  (outside both)     |        |
 */
export const PERIOD = { from: '2026-03-01T00:00:00+01:00', to: '2026-03-08T00:00:00+01:00' };
export const POST_TEXTS = {
  p1: 'Hot take: "decaf" is, frankly,\nfine',
  p2: '-20% off every flat white today',
  p3: 'Our roastery, one thread at a time',
  p4: '=HYPERLINK("http://evil.example","Click")',
};

export interface AnalyticsScenario {
  brandId: string;
  sandboxAccountId: string;
  blueskyAccountId: string;
  targets: Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5' | 'p6', PublishedTarget>;
}

const at = (iso: string) => new Date(iso);

export async function buildAnalyticsScenario(t: TestApp, owner: RegisteredUser): Promise<AnalyticsScenario> {
  const brandId = await createBrand(t.app, owner, 'Northwind Coffée');
  const updated = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/brands/${brandId}`,
    headers: authHeaders(owner.accessToken, owner.organizationId),
    payload: { tone: 'playful', preferences: { postsPerWeek: 3, preferredDays: ['mon'], preferredHours: [9], timeZone: 'Europe/Berlin' } },
  });
  expect(updated.statusCode, updated.body).toBe(200);
  const sandboxAccountId = (await connectSandboxAccount(t.app, owner, brandId)).accountId;
  const blueskyAccountId = await insertAccount(t, owner, brandId, { platform: 'bluesky', handle: 'northwind.bsky.social' });
  const images = [await uploadImage(t.app, owner), await uploadImage(t.app, owner)];
  const now = t.context.core.clock.now();

  const publish = (accountId: string, text: string, publishedAt: string, extra: Partial<Parameters<typeof createPublishedTarget>[2]> = {}) =>
    createPublishedTarget(t, owner, { brandId, accountId, text, publishedAt: at(publishedAt), ...extra });
  const targets = {
    p1: await publish(sandboxAccountId, POST_TEXTS.p1, '2026-03-02T08:00:00Z', { labels: { tone: 'provocative', format: 'thread' } }),
    p2: await publish(sandboxAccountId, POST_TEXTS.p2, '2026-03-03T11:00:00Z', { mediaIds: images }),
    p3: await publish(blueskyAccountId, POST_TEXTS.p3, '2026-03-04T17:00:00Z', { asThread: true }),
    p4: await publish(sandboxAccountId, POST_TEXTS.p4, '2026-03-05T09:00:00Z', { labels: { tone: 'educational' } }),
    p5: await publish(sandboxAccountId, 'Last week, quietly', '2026-02-25T09:00:00Z'),
    p6: await publish(sandboxAccountId, 'Long ago', '2026-02-01T09:00:00Z'),
  };
  await insertEngagement(t, targets.p1, { impressions: 1000, likes: 20, comments: 4, shares: 2 }, { now });
  await insertEngagement(t, targets.p2, { impressions: 500, likes: 10, comments: 0, shares: 1 }, { now });
  await insertEngagement(t, targets.p3, { likes: 8, comments: 2 }, { estimatedImpressions: 400, now });
  await insertEngagement(t, targets.p4, {}, { now });
  await insertEngagement(t, targets.p5, { impressions: 800, likes: 16, comments: 2, shares: 0 }, { now });
  await insertEngagement(t, targets.p6, { impressions: 999, likes: 99, comments: 9, shares: 9 }, { now });

  // Snapshots (local time = UTC + 1). p2's second fetch lands at 00:30 local on 03-04: the 4th, not the 3rd.
  await insertMetricSnapshot(t, targets.p1, at('2026-03-02T10:00:00Z'), { impressions: 300, likes: 5, comments: 1, shares: 0 });
  await insertMetricSnapshot(t, targets.p1, at('2026-03-03T10:00:00Z'), { impressions: 1000, likes: 20, comments: 4, shares: 2 });
  await insertMetricSnapshot(t, targets.p2, at('2026-03-03T12:00:00Z'), { impressions: 500, likes: 10, comments: 0, shares: 1 });
  await insertMetricSnapshot(t, targets.p2, at('2026-03-03T23:30:00Z'), { impressions: 600, likes: null, comments: 1, shares: 1 });
  await insertMetricSnapshot(t, targets.p3, at('2026-03-05T08:00:00Z'), { likes: 8, comments: 2 }, 400);
  await insertMetricSnapshot(t, targets.p5, at('2026-02-26T08:00:00Z'), { impressions: 800, likes: 16, comments: 2, shares: 0 });

  // Followers of the Sandbox account: one count before the period, a fetch that learned nothing on 03-06.
  await insertAccountSnapshot(t, owner.organizationId, sandboxAccountId, at('2026-02-28T12:00:00Z'), 1000);
  await insertAccountSnapshot(t, owner.organizationId, sandboxAccountId, at('2026-03-03T12:00:00Z'), 1100);
  await insertAccountSnapshot(t, owner.organizationId, sandboxAccountId, at('2026-03-06T12:00:00Z'), null);
  await insertAccountSnapshot(t, owner.organizationId, sandboxAccountId, at('2026-03-07T12:00:00Z'), 1200);

  return { brandId, sandboxAccountId, blueskyAccountId, targets };
}
