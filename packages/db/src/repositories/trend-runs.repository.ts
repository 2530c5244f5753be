import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { TrendRunRecord, TrendRunsRepository } from '@socialseed/core/ports/trend-repositories';
import type { Executor } from '../client';
import { brands, trendRuns } from '../schema/index';

const toRecord = (row: typeof trendRuns.$inferSelect): TrendRunRecord => row;

export function createTrendRunsRepository(db: Executor): TrendRunsRepository {
  return {
    async create(input) {
      const [row] = await db.insert(trendRuns).values({ ...input, status: 'queued' }).returning();
      if (!row) throw new Error('insert into trend_runs returned no row');
      return toRecord(row);
    },

    async claim(organizationId, runId, now, staleBefore) {
      // The transaction-scoped advisory lock serialises claims of one organization, so two
      // workers cannot both see "nothing running" and start side by side. Callers run this in
      // a transaction (UnitOfWork.transaction); on the pool it still works, one statement each.
      await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`trend-run:${organizationId}`}, 0))`);
      await db
        .update(trendRuns)
        .set({ status: 'failed', finishedAt: now, summary: { error: 'The worker running it stopped before it finished.' } })
        .where(and(eq(trendRuns.organizationId, organizationId), eq(trendRuns.status, 'running'), sql`${trendRuns.startedAt} < ${staleBefore}`));
      const running = await db
        .select({ id: trendRuns.id })
        .from(trendRuns)
        .where(and(eq(trendRuns.organizationId, organizationId), eq(trendRuns.status, 'running')))
        .limit(1);
      if (running.length > 0) return false;
      const claimed = await db
        .update(trendRuns)
        .set({ status: 'running', startedAt: now })
        .where(and(eq(trendRuns.id, runId), eq(trendRuns.status, 'queued')))
        .returning({ id: trendRuns.id });
      return claimed.length === 1;
    },

    async finish(runId, status, summary, now) {
      await db.update(trendRuns).set({ status, summary, finishedAt: now }).where(eq(trendRuns.id, runId));
    },

    async lastCompleted(organizationId) {
      const [row] = await db
        .select()
        .from(trendRuns)
        .where(and(eq(trendRuns.organizationId, organizationId), inArray(trendRuns.status, ['succeeded', 'partial'])))
        .orderBy(desc(trendRuns.finishedAt))
        .limit(1);
      return row ? toRecord(row) : null;
    },

    async latest(organizationId) {
      const [row] = await db.select().from(trendRuns).where(eq(trendRuns.organizationId, organizationId)).orderBy(desc(trendRuns.createdAt)).limit(1);
      return row ? toRecord(row) : null;
    },

    async findById(organizationId, id) {
      const [row] = await db.select().from(trendRuns).where(and(eq(trendRuns.organizationId, organizationId), eq(trendRuns.id, id)));
      return row ? toRecord(row) : null;
    },

    async deleteFinishedBefore(before) {
      const deleted = await db
        .delete(trendRuns)
        .where(and(inArray(trendRuns.status, ['succeeded', 'partial', 'failed', 'skipped']), lt(trendRuns.createdAt, before)))
        .returning({ id: trendRuns.id });
      return deleted.length;
    },

    async organizationsWithBrands() {
      const rows = await db.selectDistinct({ organizationId: brands.organizationId }).from(brands);
      return rows.map((row) => row.organizationId);
    },
  };
}
