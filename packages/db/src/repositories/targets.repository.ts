import { and, asc, count, eq, inArray, isNull, lt, notInArray, or, sql } from 'drizzle-orm';
import type { TargetsRepository } from '@socialseed/core/ports/publishing-repositories';
import type { TargetRecord } from '@socialseed/core/publishing/post';
import type { Platform } from '@socialseed/core/publishing/platforms';
import type { Executor } from '../client';
import { postTargets } from '../schema/index';

function toRecord(row: typeof postTargets.$inferSelect): TargetRecord {
  const { createdAt: _created, updatedAt: _updated, ...rest } = row;
  return { ...rest, platform: row.platform as Platform };
}

/** States in which nothing has reached the platform yet, so a target may still change or be cancelled. */
const UNSENT = ['pending', 'scheduled', 'retrying', 'held'] as const;
/** A thread with parts already out is sent, whatever its status: it must not be edited, replaced or cancelled. */
const isUnsent = () => and(inArray(postTargets.status, [...UNSENT]), isNull(postTargets.threadProgress));

/**
 * Due before `dueBefore` and not being worked on: scheduled or retrying past their time, or an
 * unclaimed verification whose time has come. The sweep re-wakes these; while no worker runs,
 * they are what "overdue" counts.
 */
const overdue = (dueBefore: Date) =>
  or(
    and(inArray(postTargets.status, ['scheduled', 'retrying']), lt(postTargets.nextAttemptAt, dueBefore)),
    and(eq(postTargets.status, 'verifying'), isNull(postTargets.claimToken), or(isNull(postTargets.nextAttemptAt), lt(postTargets.nextAttemptAt, dueBefore))),
  );

export function createTargetsRepository(db: Executor): TargetsRepository {
  return {
    async replaceForPost(post, accounts, overrides) {
      const accountIds = accounts.map((account) => account.id);
      await db
        .delete(postTargets)
        .where(
          and(
            eq(postTargets.postId, post.id),
            isUnsent(),
            ...(accountIds.length > 0 ? [notInArray(postTargets.socialAccountId, accountIds)] : []),
          ),
        );
      if (accounts.length > 0) {
        // Timestamps a millisecond apart keep new targets in the order their accounts were chosen
        // (rows of one statement would otherwise share the transaction's now(), and listForPost
        // orders by creation); a target that stays keeps its own.
        const base = Date.now();
        const rows = accounts.map((account, index) => {
          const override = overrides.find((candidate) => candidate.accountId === account.id);
          return {
            postId: post.id,
            organizationId: post.organizationId,
            socialAccountId: account.id,
            platform: account.platform,
            text: override?.text ?? null,
            mediaIds: override?.mediaIds ?? null,
            asThread: override?.asThread ?? false,
            createdAt: new Date(base + index),
          };
        });
        await db
          .insert(postTargets)
          .values(rows)
          .onConflictDoUpdate({
            target: [postTargets.postId, postTargets.socialAccountId],
            set: { text: sql`excluded.text`, mediaIds: sql`excluded.media_ids`, asThread: sql`excluded.as_thread`, updatedAt: new Date() },
            // A target already on its way keeps the content it is being sent with.
            setWhere: isUnsent(),
          });
      }
      return (await db.select().from(postTargets).where(eq(postTargets.postId, post.id)).orderBy(asc(postTargets.createdAt))).map(toRecord);
    },
    async listForPost(postId) {
      return (await db.select().from(postTargets).where(eq(postTargets.postId, postId)).orderBy(asc(postTargets.createdAt))).map(toRecord);
    },
    async listForPosts(postIds) {
      if (postIds.length === 0) return [];
      return (await db.select().from(postTargets).where(inArray(postTargets.postId, postIds))).map(toRecord);
    },
    async findById(id) {
      const [row] = await db.select().from(postTargets).where(eq(postTargets.id, id));
      return row ? toRecord(row) : null;
    },
    async setSchedule(postId, scheduledAt) {
      const rows = await db
        .update(postTargets)
        .set({ status: 'scheduled', scheduledAt, nextAttemptAt: scheduledAt, updatedAt: new Date() })
        .where(and(eq(postTargets.postId, postId), isUnsent()))
        .returning();
      return rows.map(toRecord);
    },
    async cancelUnsent(postId) {
      await db
        .update(postTargets)
        .set({ status: 'cancelled', nextAttemptAt: null, updatedAt: new Date() })
        .where(and(eq(postTargets.postId, postId), isUnsent()));
    },
    async renewClaim(id, claimToken, now) {
      const rows = await db
        .update(postTargets)
        .set({ claimedAt: now })
        .where(and(eq(postTargets.id, id), eq(postTargets.claimToken, claimToken)))
        .returning({ id: postTargets.id });
      return rows.length === 1;
    },
    async finish(id, claimToken, patch) {
      const rows = await db
        .update(postTargets)
        .set({ ...patch, claimToken: null, updatedAt: new Date() })
        .where(and(eq(postTargets.id, id), eq(postTargets.claimToken, claimToken)))
        .returning({ id: postTargets.id });
      return rows.length === 1;
    },
    async saveThreadProgress(id, claimToken, progress, now) {
      // Renewing the lease here too: a long thread is many platform calls, each bounded by its timeout.
      const rows = await db
        .update(postTargets)
        .set({ threadProgress: progress, claimedAt: now, updatedAt: now })
        .where(and(eq(postTargets.id, id), eq(postTargets.claimToken, claimToken)))
        .returning({ id: postTargets.id });
      return rows.length === 1;
    },
    async releaseAbandoned(olderThan) {
      const rows = await db
        .update(postTargets)
        .set({ status: 'verifying', claimToken: null, updatedAt: new Date() })
        .where(and(inArray(postTargets.status, ['publishing', 'verifying']), lt(postTargets.claimedAt, olderThan), sql`${postTargets.claimToken} IS NOT NULL`))
        .returning();
      return rows.map(toRecord);
    },
    async listOverdue(dueBefore, limit) {
      const rows = await db.select().from(postTargets).where(overdue(dueBefore)).orderBy(asc(postTargets.nextAttemptAt)).limit(limit);
      return rows.map(toRecord);
    },
    async overdueSummary(dueBefore, organizationId) {
      const where = organizationId ? and(overdue(dueBefore), eq(postTargets.organizationId, organizationId)) : overdue(dueBefore);
      const [row] = await db.select({ count: count(), oldestDueAt: sql<Date | null>`min(${postTargets.nextAttemptAt})`.mapWith(postTargets.nextAttemptAt) }).from(postTargets).where(where);
      return { count: row?.count ?? 0, oldestDueAt: row?.oldestDueAt ?? null };
    },
    async countByStatus(postId) {
      const rows = await db.select({ status: postTargets.status, count: count() }).from(postTargets).where(eq(postTargets.postId, postId)).groupBy(postTargets.status);
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
    },
    async resumeHeld(socialAccountId, now) {
      const rows = await db
        .update(postTargets)
        .set({ status: 'scheduled', nextAttemptAt: sql`GREATEST(${postTargets.scheduledAt}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
        .where(and(eq(postTargets.socialAccountId, socialAccountId), eq(postTargets.status, 'held')))
        .returning();
      return rows.map(toRecord);
    },
    async requeue(id, now) {
      const [row] = await db
        .update(postTargets)
        .set({
          status: 'scheduled',
          nextAttemptAt: sql`GREATEST(COALESCE(${postTargets.scheduledAt}, ${now.toISOString()}::timestamptz), ${now.toISOString()}::timestamptz)`,
          attempts: 0,
          claimToken: null,
          updatedAt: now,
        })
        .where(and(eq(postTargets.id, id), inArray(postTargets.status, ['failed', 'held'])))
        .returning();
      return row ? toRecord(row) : null;
    },
    async holdForAccount(socialAccountId) {
      const rows = await db
        .update(postTargets)
        .set({ status: 'held', updatedAt: new Date() })
        .where(and(eq(postTargets.socialAccountId, socialAccountId), inArray(postTargets.status, ['scheduled', 'retrying'])))
        .returning({ id: postTargets.id });
      return rows.length;
    },
  };
}

/** Row mapping shared with the delivery batch repository. */
export { toRecord as toTargetRecord };
