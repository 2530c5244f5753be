import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AiTasksRepository } from '@socialseed/core/ports/ai-repositories';
import type { Executor } from '../client';
import { aiTasks } from '../schema/index';
import { countOf, offset, toPage } from './page';

/** PostgreSQL returns sums of integers as bigint/numeric strings; null when no row matched. */
const numberOf = (value: string | number | null | undefined) => Number(value ?? 0);

export function createAiTasksRepository(db: Executor): AiTasksRepository {
  return {
    async record(task) {
      const [row] = await db.insert(aiTasks).values(task).returning();
      if (!row) throw new Error('ai task not recorded');
      return row;
    },

    async list(organizationId, filter, pagination) {
      const conditions: SQL[] = [eq(aiTasks.organizationId, organizationId)];
      if (filter.agent) conditions.push(eq(aiTasks.agent, filter.agent));
      if (filter.status) conditions.push(eq(aiTasks.status, filter.status));
      const where = and(...conditions);
      const items = await db
        .select({
          id: aiTasks.id,
          brandId: aiTasks.brandId,
          agent: aiTasks.agent,
          provider: aiTasks.provider,
          model: aiTasks.model,
          tokensIn: aiTasks.tokensIn,
          tokensOut: aiTasks.tokensOut,
          costUsd: aiTasks.costUsd,
          latencyMs: aiTasks.latencyMs,
          status: aiTasks.status,
          error: aiTasks.error,
          createdAt: aiTasks.createdAt,
        })
        .from(aiTasks)
        .where(where)
        .orderBy(desc(aiTasks.createdAt), desc(aiTasks.id))
        .limit(pagination.limit)
        .offset(offset(pagination));
      const total = await db.select({ count: count() }).from(aiTasks).where(where);
      return toPage(items, countOf(total), pagination);
    },

    async findById(organizationId, id) {
      const [row] = await db.select().from(aiTasks).where(and(eq(aiTasks.organizationId, organizationId), eq(aiTasks.id, id)));
      return row ?? null;
    },

    async spentSince(organizationId, since) {
      const [row] = await db
        .select({
          costUsd: sql<string | null>`sum(${aiTasks.costUsd})`,
          tokens: sql<string | null>`sum(coalesce(${aiTasks.tokensIn}, 0) + coalesce(${aiTasks.tokensOut}, 0))`,
        })
        .from(aiTasks)
        .where(and(eq(aiTasks.organizationId, organizationId), gte(aiTasks.createdAt, since)));
      return { costUsd: numberOf(row?.costUsd), tokens: numberOf(row?.tokens) };
    },

    async usageByProvider(organizationId, range) {
      const rows = await db
        .select({
          provider: aiTasks.provider,
          model: aiTasks.model,
          tasks: count(),
          failed: sql<string>`count(*) filter (where ${aiTasks.status} = 'failed')`,
          tokensIn: sql<string | null>`sum(${aiTasks.tokensIn})`,
          tokensOut: sql<string | null>`sum(${aiTasks.tokensOut})`,
          costUsd: sql<string | null>`sum(${aiTasks.costUsd})`,
        })
        .from(aiTasks)
        .where(and(eq(aiTasks.organizationId, organizationId), gte(aiTasks.createdAt, range.from), lt(aiTasks.createdAt, range.to)))
        .groupBy(aiTasks.provider, aiTasks.model)
        .orderBy(asc(aiTasks.provider), asc(aiTasks.model));
      return rows.map((row) => ({
        provider: row.provider,
        model: row.model,
        tasks: numberOf(row.tasks),
        failed: numberOf(row.failed),
        tokensIn: numberOf(row.tokensIn),
        tokensOut: numberOf(row.tokensOut),
        costUsd: numberOf(row.costUsd),
      }));
    },
  };
}
