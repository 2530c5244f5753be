import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client';
import type pg from 'pg';

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/** Any constant works; it only has to be the same in every process migrating this database. */
const MIGRATION_LOCK_ID = 7_135_001;

/**
 * Applies pending migrations. Several processes may boot at once against one database, so the
 * work is serialised with an advisory lock; the later ones find nothing left to do.
 */
export async function runMigrations(pool: pg.Pool, db: Database): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await migrate(db, { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    client.release();
  }
}

/** PostgreSQL 15 is the oldest server Socialseed supports. */
export async function assertServerVersion(pool: pg.Pool): Promise<void> {
  const result = await pool.query<{ server_version_num: string }>('SHOW server_version_num');
  const version = Number(result.rows[0]?.server_version_num ?? 0);
  if (version < 150000) {
    throw new Error(`PostgreSQL 15 or newer is required; the server at DATABASE_URL runs ${version}.`);
  }
}
