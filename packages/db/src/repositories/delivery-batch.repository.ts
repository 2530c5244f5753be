import { and, count, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DeliveryBatchRepository } from '@socialseed/core/ports/publishing-repositories';
import type { TargetStatus } from '@socialseed/core/publishing/post';
import type { Executor } from '../client';
import { postTargets, posts, socialAccounts } from '../schema/index';
import { toPostRecord } from './posts.repository';
import { toSocialAccountRecord } from './social-accounts.repository';
import { toTargetRecord } from './targets.repository';

const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

/**
 * The delivery hot path, a batch of targets at a time: a worker that fetched 25 jobs claims,
 * reads and records them in a handful of statements instead of a dozen per target.
 */
export function createDeliveryBatchRepository(db: Executor): DeliveryBatchRepository {
  return {
    async claimBatch(ids, claimToken, now) {
      if (ids.length === 0) return [];
      // The same conditional UPDATE as a single claim: whichever worker flips a row owns it.
      const claimed = await db
        .update(postTargets)
        .set({
          status: sql`CASE WHEN ${postTargets.status} = 'verifying' THEN 'verifying' ELSE 'publishing' END`,
          claimToken,
          claimedAt: now,
          attempts: sql`${postTargets.attempts} + 1`,
          firstAttemptAt: sql`COALESCE(${postTargets.firstAttemptAt}, ${at(now)})`,
          updatedAt: now,
        })
        .where(
          and(
            inArray(postTargets.id, [...new Set(ids)]),
            or(
              and(inArray(postTargets.status, ['scheduled', 'retrying']), lte(postTargets.nextAttemptAt, now)),
              and(eq(postTargets.status, 'verifying'), isNull(postTargets.claimToken), or(isNull(postTargets.nextAttemptAt), lte(postTargets.nextAttemptAt, now))),
            ),
          ),
        )
        .returning();
      if (claimed.length === 0) return [];
      const [postRows, accountRows] = await Promise.all([
        db.select().from(posts).where(inArray(posts.id, [...new Set(claimed.map((row) => row.postId))])),
        db.select().from(socialAccounts).where(inArray(socialAccounts.id, [...new Set(claimed.map((row) => row.socialAccountId))])),
      ]);
      const postsById = new Map(postRows.map((row) => [row.id, toPostRecord(row)]));
      const accountsById = new Map(accountRows.map((row) => [row.id, toSocialAccountRecord(row)]));
      return claimed.map((row) => ({
        target: toTargetRecord(row),
        post: postsById.get(row.postId) ?? null,
        account: accountsById.get(row.socialAccountId) ?? null,
      }));
    },

    async finishPublished(claimToken, results) {
      if (results.length === 0) return [];
      // One UPDATE for the whole batch, each row still guarded by the claim token; rows are
      // taken in id order, as every batch statement here does, so concurrent batches cannot deadlock.
      results = [...results].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const rows = await db.execute<{ id: string }>(sql`
        UPDATE ${postTargets} AS t SET
          status = 'published',
          platform_post_id = r.platform_post_id,
          platform_url = r.platform_url,
          published_at = r.published_at,
          next_attempt_at = NULL,
          last_error_kind = NULL,
          last_error_message = NULL,
          claim_token = NULL,
          updated_at = now()
        FROM unnest(
          ${sql.param(results.map((result) => result.id))}::uuid[],
          ${sql.param(results.map((result) => result.platformPostId))}::text[],
          ${sql.param(results.map((result) => result.platformUrl))}::text[],
          ${sql.param(results.map((result) => result.publishedAt.toISOString()))}::timestamptz[]
        ) AS r(id, platform_post_id, platform_url, published_at)
        WHERE t.id = r.id AND t.claim_token = ${claimToken}::uuid
        RETURNING t.id`);
      return rows.rows.map((row) => row.id);
    },

    async countByStatusForPosts(postIds) {
      const counts = new Map<string, Partial<Record<TargetStatus, number>>>();
      if (postIds.length === 0) return counts;
      const rows = await db
        .select({ postId: postTargets.postId, status: postTargets.status, count: count() })
        .from(postTargets)
        .where(inArray(postTargets.postId, [...new Set(postIds)]))
        .groupBy(postTargets.postId, postTargets.status);
      for (const row of rows) counts.set(row.postId, { ...counts.get(row.postId), [row.status]: Number(row.count) });
      return counts;
    },

    async setPostStatuses(changes) {
      if (changes.length === 0) return;
      changes = [...changes].sort((a, b) => (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0));
      await db.execute(sql`
        UPDATE ${posts} AS p SET status = c.status, updated_at = now()
        FROM unnest(${sql.param(changes.map((change) => change.postId))}::uuid[], ${sql.param(changes.map((change) => change.status))}::text[]) AS c(id, status)
        WHERE p.id = c.id AND p.status <> c.status`);
    },
  };
}
