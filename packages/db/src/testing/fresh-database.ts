import crypto from 'node:crypto';
import pg from 'pg';

/** Migrated once per test run by test/global-setup.ts; every test database is a copy of it. */
export const TEMPLATE_DATABASE = 'socialseed_template';

export interface FreshDatabase {
  databaseUrl: string;
  drop(): Promise<void>;
}

/** A new, migrated database cloned from the run's template: one per test file, isolated. */
export async function createFreshDatabase(adminUrl: string): Promise<FreshDatabase> {
  const name = `test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
