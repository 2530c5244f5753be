import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createFreshDatabase } from '@socialseed/db/testing/fresh-database';
import { startInstance } from '../runtime/start';
import { testConfig } from './test-config';

/**
 * The whole product as `npm start` runs it (api + worker roles, built web UI, real job queue) on
 * a free port, a fresh database of the test cluster and a temporary DATA_DIR.
 */
export async function startTestServer(overrides: Record<string, string> = {}): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const database = await createFreshDatabase(inject('postgresAdminUrl'));
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'socialseed-e2e-'));
  const config = testConfig({ DATABASE_URL: database.databaseUrl, DATA_DIR: dataDir, ROLE: 'api,worker', ...overrides });
  const instance = await startInstance(config);
  if (!instance.url) throw new Error('api role did not start');
  return {
    baseUrl: instance.url,
    async stop() {
      await instance.stop();
      await database.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
