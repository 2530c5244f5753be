import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { connectDatabase } from '@socialseed/db';
import { testConfig } from '../testing/test-config';
import { TEST_PASSWORD, uniqueEmail } from '../testing/api-helpers';
import { startInstance } from './start';

const dataDirs: string[] = [];
afterAll(async () => {
  for (const dir of dataDirs) await fs.rm(dir, { recursive: true, force: true });
});

async function freshDataDir(): Promise<string> {
  const dir = path.join(os.tmpdir(), `socialseed-boot-${process.pid}-${dataDirs.length}`);
  await fs.rm(dir, { recursive: true, force: true });
  dataDirs.push(dir);
  return dir;
}

it('without DATABASE_URL, starts an embedded PostgreSQL in DATA_DIR, and reuses its data on the next start', async () => {
  const dataDir = await freshDataDir();
  const config = testConfig({ DATA_DIR: dataDir, ROLE: 'api,worker' });
  expect(config.DATABASE_URL).toBeUndefined();

  const first = await startInstance(config);
  const email = uniqueEmail('boot');
  try {
    const health = await fetch(`${first.url}/api/health`);
    expect(health.status).toBe(200);
    const registered = await fetch(`${first.url}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD, name: 'Boot Test' }),
    });
    expect(registered.status).toBe(201);
  } finally {
    await first.stop();
  }
  expect(await fs.readFile(path.join(dataDir, 'postgres', 'PG_VERSION'), 'utf8')).toMatch(/^\d+/);
  const passwordFile = await fs.stat(path.join(dataDir, 'postgres-password'));
  expect(passwordFile.mode & 0o777).toBe(0o600);

  const second = await startInstance(config);
  try {
    const login = await fetch(`${second.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
  } finally {
    await second.stop();
  }
}, 120_000);

it('listens on loopback only', async () => {
  const dataDir = await freshDataDir();
  const instance = await startInstance(testConfig({ DATA_DIR: dataDir, ROLE: 'worker' }));
  try {
    expect(instance.app).toBeNull();
    const password = (await fs.readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
    // The worker-only instance still owns the cluster; find its port from postmaster.pid (line 4).
    const pid = await fs.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
    const port = pid.split('\n')[3];
    const connection = connectDatabase(`postgres://socialseed:${encodeURIComponent(password)}@127.0.0.1:${port}/socialseed`);
    try {
      const result = await connection.db.execute<{ listen_addresses: string }>(sql`SHOW listen_addresses`);
      expect(result.rows[0]?.listen_addresses).toBe('127.0.0.1');
    } finally {
      await connection.close();
    }
  } finally {
    await instance.stop();
  }
}, 120_000);
