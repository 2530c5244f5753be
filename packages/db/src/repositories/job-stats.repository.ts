import { sql } from 'drizzle-orm';
import type { Database } from '../client';

/** Job counts per queue and state, read straight from pg-boss's table for /metrics. */
export async function readJobCounts(db: Database, schema = 'pgboss'): Promise<Array<{ queue: string; state: string; count: number }>> {
  const result = await db.execute<{ name: string; state: string; count: string }>(
    sql`SELECT name, state::text AS state, count(*)::text AS count FROM ${sql.identifier(schema)}.job GROUP BY name, state`,
  );
  return result.rows.map((row) => ({ queue: row.name, state: row.state, count: Number(row.count) }));
}

/** Round-trip time of a trivial query, for /api/health. */
export async function pingDatabase(db: Database): Promise<{ ok: boolean; latencyMs: number }> {
  const started = performance.now();
  try {
    await db.execute(sql`SELECT 1`);
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch {
    return { ok: false, latencyMs: Math.round(performance.now() - started) };
  }
}
