import { sql, type SQL } from 'drizzle-orm';
import type { EngagementReading, EngagementRepository, EngagementScope, TrackedTarget } from '@socialseed/core/ports/engagement-repositories';
import type { Platform } from '@socialseed/core/publishing/platforms';
import { TRACKING_FINISHED_AT } from '@socialseed/core/engagement/engagement-schedule';
import type { Executor } from '../client';

const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;
const byTarget = <T extends { targetId: string }>(items: T[]) => [...items].sort((a, b) => (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0));

/** The scope's conditions on a table aliased `alias` (organization_id, social_account_id). */
function scoped(alias: string, scope: EngagementScope | undefined): SQL {
  const parts: SQL[] = [sql`TRUE`];
  if (scope?.organizationId) parts.push(sql`${sql.raw(alias)}.organization_id = ${scope.organizationId}::uuid`);
  if (scope?.socialAccountIds) parts.push(sql`${sql.raw(alias)}.social_account_id = ANY(${sql.param(scope.socialAccountIds)}::uuid[])`);
  return sql.join(parts, sql` AND `);
}

interface ClaimedRow extends Record<string, unknown> {
  target_id: string;
  organization_id: string;
  brand_id: string;
  post_id: string;
  social_account_id: string;
  platform: string;
  platform_post_id: string;
  published_at: Date;
  next_fetch_at: Date;
}

const toTracked = (row: ClaimedRow): TrackedTarget => ({
  targetId: row.target_id,
  organizationId: row.organization_id,
  brandId: row.brand_id,
  postId: row.post_id,
  socialAccountId: row.social_account_id,
  platform: row.platform as Platform,
  platformPostId: row.platform_post_id,
  publishedAt: new Date(row.published_at),
  dueAt: new Date(row.next_fetch_at),
});

/**
 * The engagement sync's work queue. Every statement is one round trip for a whole batch; rows
 * are taken in target id order so concurrent passes cannot deadlock. Slots are compared at the
 * millisecond, the precision they make the round trip through JavaScript with.
 */
export function createEngagementRepository(db: Executor): EngagementRepository {
  return {
    async enrolPublished({ since, scope, targetIds }) {
      const which = targetIds ? sql`t.id = ANY(${sql.param(targetIds)}::uuid[])` : sql`t.published_at >= ${at(since)}`;
      const result = await db.execute(sql`
        INSERT INTO post_engagement (target_id, organization_id, brand_id, post_id, social_account_id, platform, platform_post_id, published_at, next_fetch_at)
        SELECT t.id, t.organization_id, p.brand_id, t.post_id, t.social_account_id, t.platform, t.platform_post_id, t.published_at, t.published_at
        FROM post_targets t JOIN posts p ON p.id = t.post_id
        WHERE t.status = 'published' AND t.platform_post_id IS NOT NULL AND t.published_at IS NOT NULL
          AND ${which} AND ${scoped('t', scope)}
          AND NOT EXISTS (SELECT 1 FROM post_engagement e WHERE e.target_id = t.id)
        ORDER BY t.id
        ON CONFLICT (target_id) DO NOTHING`);
      return result.rowCount ?? 0;
    },

    async makeDue(organizationId, now, notFetchedSince) {
      const result = await db.execute(sql`
        UPDATE post_engagement SET next_fetch_at = ${at(now)}, updated_at = now()
        WHERE organization_id = ${organizationId}::uuid
          AND next_fetch_at > ${at(now)} AND next_fetch_at < ${at(TRACKING_FINISHED_AT)}
          AND (claimed_until IS NULL OR claimed_until <= ${at(now)})
          AND (last_fetched_at IS NULL OR last_fetched_at < ${at(notFetchedSince)})`);
      return result.rowCount ?? 0;
    },

    async claimDue({ now, leaseUntil, limit, scope }) {
      // SKIP LOCKED: a row another pass is claiming right now is simply not ours this time.
      const result = await db.execute<ClaimedRow>(sql`
        UPDATE post_engagement AS e SET claimed_until = ${at(leaseUntil)}, updated_at = now()
        FROM (
          SELECT d.target_id FROM post_engagement d
          WHERE d.next_fetch_at <= ${at(now)} AND (d.claimed_until IS NULL OR d.claimed_until <= ${at(now)}) AND ${scoped('d', scope)}
          ORDER BY d.next_fetch_at, d.target_id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        ) AS due
        WHERE e.target_id = due.target_id
        RETURNING e.target_id, e.organization_id, e.brand_id, e.post_id, e.social_account_id, e.platform, e.platform_post_id, e.published_at, e.next_fetch_at`);
      return result.rows.map(toTracked);
    },

    async defer(targetIds, until) {
      if (targetIds.length === 0) return;
      await db.execute(sql`
        UPDATE post_engagement SET claimed_until = ${at(until)}, updated_at = now()
        WHERE target_id = ANY(${sql.param([...targetIds].sort())}::uuid[])`);
    },

    async record(readings) {
      if (readings.length === 0) return [];
      const rows = byTarget(readings);
      const column = <T>(pick: (reading: EngagementReading) => T) => sql.param(rows.map(pick));
      const counts = (name: keyof EngagementReading['counts']) => column((reading) => reading.counts[name]);
      // The UPDATE is guarded by the slot (next_fetch_at = due_at): a worker whose lease lapsed,
      // and whose slot another worker already served, advances nothing and inserts no snapshot.
      // A second worker on the same slot waits for the first's row lock, then finds the slot moved.
      const result = await db.execute<{ target_id: string }>(sql`
        WITH input AS (
          SELECT * FROM unnest(
            ${column((reading) => reading.targetId)}::uuid[], ${column((reading) => reading.organizationId)}::uuid[],
            ${column((reading) => reading.dueAt.toISOString())}::timestamptz[], ${column((reading) => reading.fetchedAt.toISOString())}::timestamptz[],
            ${counts('impressions')}::int[], ${counts('reach')}::int[], ${counts('likes')}::int[], ${counts('comments')}::int[],
            ${counts('shares')}::int[], ${counts('quotes')}::int[], ${counts('saves')}::int[], ${counts('clicks')}::int[],
            ${column((reading) => reading.estimatedImpressions)}::int[], ${column((reading) => reading.reward)}::float8[],
            ${column((reading) => reading.rewardEstimated)}::bool[], ${column((reading) => reading.rewardFinal)}::bool[],
            ${column((reading) => reading.engagementRate)}::float8[], ${column((reading) => reading.virality)}::float8[],
            ${column((reading) => reading.nextFetchAt.toISOString())}::timestamptz[]
          ) AS r(target_id, organization_id, due_at, fetched_at, impressions, reach, likes, comments, shares, quotes, saves, clicks,
                 estimated_impressions, reward, reward_estimated, reward_final, engagement_rate, virality, next_fetch_at)
        ),
        advanced AS (
          UPDATE post_engagement AS e SET
            impressions = r.impressions, reach = r.reach, likes = r.likes, comments = r.comments, shares = r.shares,
            quotes = r.quotes, saves = r.saves, clicks = r.clicks, estimated_impressions = r.estimated_impressions,
            reward = r.reward, reward_estimated = r.reward_estimated, reward_final = r.reward_final,
            engagement_rate = r.engagement_rate, virality = r.virality,
            fetch_count = e.fetch_count + 1, last_fetched_at = r.fetched_at, next_fetch_at = r.next_fetch_at,
            claimed_until = NULL, updated_at = now()
          FROM input r
          WHERE e.target_id = r.target_id AND date_trunc('milliseconds', e.next_fetch_at) = r.due_at
          RETURNING e.target_id
        ),
        stored AS (
          INSERT INTO post_metric_snapshots (target_id, organization_id, due_at, fetched_at, impressions, reach, likes, comments, shares, quotes, saves, clicks, estimated_impressions)
          SELECT r.target_id, r.organization_id, r.due_at, r.fetched_at, r.impressions, r.reach, r.likes, r.comments, r.shares, r.quotes, r.saves, r.clicks, r.estimated_impressions
          FROM input r JOIN advanced a ON a.target_id = r.target_id
          ON CONFLICT (target_id, due_at) DO NOTHING
          RETURNING target_id
        )
        SELECT target_id FROM advanced`);
      return result.rows.map((row) => row.target_id);
    },

    async skip(items) {
      if (items.length === 0) return;
      const rows = byTarget(items);
      await db.execute(sql`
        UPDATE post_engagement AS e SET next_fetch_at = r.next_fetch_at, claimed_until = NULL, updated_at = now()
        FROM unnest(
          ${sql.param(rows.map((item) => item.targetId))}::uuid[],
          ${sql.param(rows.map((item) => item.dueAt.toISOString()))}::timestamptz[],
          ${sql.param(rows.map((item) => item.nextFetchAt.toISOString()))}::timestamptz[]
        ) AS r(target_id, due_at, next_fetch_at)
        WHERE e.target_id = r.target_id AND date_trunc('milliseconds', e.next_fetch_at) = r.due_at`);
    },

    async interactionHistory(socialAccountIds, window) {
      const history = new Map<string, number[]>(socialAccountIds.map((id) => [id, []]));
      if (socialAccountIds.length === 0) return history;
      const result = await db.execute<{ social_account_id: string; interactions: number }>(sql`
        SELECT social_account_id, (COALESCE(likes, 0) + COALESCE(comments, 0) + COALESCE(shares, 0))::float8 AS interactions
        FROM post_engagement
        WHERE social_account_id = ANY(${sql.param(socialAccountIds)}::uuid[])
          AND published_at >= ${at(window.from)} AND published_at <= ${at(window.to)}
          AND (likes IS NOT NULL OR comments IS NOT NULL OR shares IS NOT NULL)`);
      for (const row of result.rows) history.get(row.social_account_id)?.push(Number(row.interactions));
      return history;
    },
  };
}
