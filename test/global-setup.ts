import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { connectDatabase, launchEmbeddedPostgres, runMigrations } from '@socialseed/db';

import { TEMPLATE_DATABASE } from '@socialseed/db/testing/fresh-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Maintenance-database URL of the test cluster; tests create their own databases on it. */
    postgresAdminUrl: string;
  }
}

async function migrateTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${TEMPLATE_DATABASE}`;
  const connection = connectDatabase(url.toString(), { maxConnections: 2 });
  try {
    await runMigrations(connection.pool, connection.db);
  } finally {
    await connection.close();
  }
}

/**
 * Starts a real PostgreSQL for the run: TEST_DATABASE_URL's server when set (PostgreSQL 15+),
 * otherwise an embedded cluster in a temporary directory, deleted afterwards.
 */
export default async function setup(project: TestProject) {
  let stop = async () => undefined as void;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'socialseed-test-pg-'));
    await fs.chmod(root, 0o755);
    const cluster = await launchEmbeddedPostgres({
      databaseDir: path.join(root, 'postgres'),
      passwordFile: path.join(root, 'password'),
      databaseName: 'postgres',
      ephemeral: true,
    });
    adminUrl = cluster.adminUrl;
    stop = async () => {
      await cluster.stop();
      await fs.rm(root, { recursive: true, force: true });
    };
  }
  await migrateTemplate(adminUrl);
  project.provide('postgresAdminUrl', adminUrl);
  return stop;
}
