import { and, asc, count, desc, eq, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { PostAlertKind } from '@socialseed/core/learning/alert-rules';
import type { EngagementAlertsRepository, NotificationFilter, NotificationRecord, NotificationsRepository } from '@socialseed/core/ports/notification-repositories';
import type { Executor } from '../client';
import { brands, notifications, postEngagement, posts } from '../schema/index';
import { offset, toPage } from './page';

const toRecord = (row: typeof notifications.$inferSelect): NotificationRecord => ({ ...row, data: row.data ?? {} });

function conditions(organizationId: string, filter: NotificationFilter): SQL[] {
  const where = [eq(notifications.organizationId, organizationId)];
  if (filter.brandId) where.push(eq(notifications.brandId, filter.brandId));
  if (filter.unread) where.push(isNull(notifications.readAt));
  return where;
}

export function createNotificationsRepository(db: Executor): NotificationsRepository {
  return {
    async insert(notification, now) {
      const [row] = await db
        .insert(notifications)
        .values({ ...notification, createdAt: now })
        .onConflictDoNothing({ target: [notifications.organizationId, notifications.dedupeKey] })
        .returning();
      return row ? toRecord(row) : null;
    },

    async list(organizationId, filter, pagination) {
      const where = and(...conditions(organizationId, filter));
      const [rows, [total]] = await Promise.all([
        db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(pagination.limit).offset(offset(pagination)),
        db.select({ count: count() }).from(notifications).where(where),
      ]);
      return toPage(rows.map(toRecord), total?.count ?? 0, pagination);
    },

    async countUnread(organizationId, filter) {
      const [row] = await db.select({ count: count() }).from(notifications).where(and(...conditions(organizationId, { ...filter, unread: true })));
      return row?.count ?? 0;
    },

    async markRead(organizationId, id, now) {
      const [row] = await db
        .update(notifications)
        .set({ readAt: sql`COALESCE(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
        .where(and(eq(notifications.organizationId, organizationId), eq(notifications.id, id)))
        .returning();
      return row ? toRecord(row) : null;
    },

    async markAllRead(organizationId, filter, now) {
      const rows = await db
        .update(notifications)
        .set({ readAt: now })
        .where(and(...conditions(organizationId, { ...filter, unread: true })))
        .returning({ id: notifications.id });
      return rows.length;
    },
  };
}

/** Reads for the engagement alerts: post_engagement rows, their snapshots, and the alerted marks. */
export function createEngagementAlertsRepository(db: Executor): EngagementAlertsRepository {
  return {
    async brands(brandIds) {
      if (brandIds.length === 0) return [];
      return db.select({ id: brands.id, organizationId: brands.organizationId, name: brands.name }).from(brands).where(inArray(brands.id, brandIds));
    },

    async recentTargets(brandId, since) {
      return db
        .select({
          targetId: postEngagement.targetId,
          organizationId: postEngagement.organizationId,
          brandId: postEngagement.brandId,
          postId: postEngagement.postId,
          platform: postEngagement.platform,
          postText: posts.text,
          publishedAt: postEngagement.publishedAt,
          engagementRate: postEngagement.engagementRate,
          reward: postEngagement.reward,
          viralAlertedAt: postEngagement.viralAlertedAt,
          poorAlertedAt: postEngagement.poorAlertedAt,
        })
        .from(postEngagement)
        .innerJoin(posts, eq(posts.id, postEngagement.postId))
        .where(and(eq(postEngagement.brandId, brandId), gte(postEngagement.publishedAt, since)))
        .orderBy(asc(postEngagement.publishedAt), asc(postEngagement.targetId));
    },

    async interactionTotalsAt(brandId, instants, publishedSince) {
      if (instants.length === 0) return [];
      const result = await db.execute<{ position: number; total: string | null; targets: string }>(sql`
        SELECT i.position::int AS position,
               sum(COALESCE(s.likes, 0) + COALESCE(s.comments, 0) + COALESCE(s.shares, 0))::text AS total,
               count(s.target_id)::text AS targets
        FROM unnest(${sql.param(instants.map((instant) => instant.toISOString()))}::timestamptz[]) WITH ORDINALITY AS i(at, position)
        LEFT JOIN LATERAL (
          SELECT DISTINCT ON (ms.target_id) ms.target_id, ms.likes, ms.comments, ms.shares
          FROM post_metric_snapshots ms
          JOIN post_engagement pe ON pe.target_id = ms.target_id
          WHERE pe.brand_id = ${brandId} AND pe.published_at >= ${publishedSince.toISOString()}::timestamptz AND ms.fetched_at <= i.at
          ORDER BY ms.target_id, ms.fetched_at DESC
        ) s ON true
        GROUP BY i.position
        ORDER BY i.position
      `);
      return result.rows.map((row) => (Number(row.targets) === 0 ? null : Number(row.total ?? 0)));
    },

    async markAlerted(targetId, kind: PostAlertKind, at) {
      const column = kind === 'viral' ? postEngagement.viralAlertedAt : postEngagement.poorAlertedAt;
      const rows = await db
        .update(postEngagement)
        .set(kind === 'viral' ? { viralAlertedAt: at } : { poorAlertedAt: at })
        .where(and(eq(postEngagement.targetId, targetId), isNull(column)))
        .returning({ targetId: postEngagement.targetId });
      return rows.length > 0;
    },
  };
}
