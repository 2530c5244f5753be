import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import pg from 'pg';
import { launchEmbeddedPostgres } from './launch-embedded-postgres';

const cleanup: string[] = [];
afterAll(async () => {
  for (const target of cleanup) await fs.rm(target, { recursive: true, force: true });
});

async function tempDir(mode: number): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'socialseed-embedded-'));
  await fs.chmod(dir, mode);
  cleanup.push(dir);
  return dir;
}

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one ?? 0;
  } finally {
    await client.end();
  }
}

it('takes over a data directory whose previous owner was killed without shutting PostgreSQL down', async () => {
  const dir = await tempDir(0o755);
  const script = `
    import { launchEmbeddedPostgres } from ${JSON.stringify(path.resolve(import.meta.dirname, 'launch-embedded-postgres.ts'))};
    const handle = await launchEmbeddedPostgres({ databaseDir: ${JSON.stringify(path.join(dir, 'postgres'))}, passwordFile: ${JSON.stringify(path.join(dir, 'pw'))}, databaseName: 'app' });
    console.log('READY ' + handle.port);
    setInterval(() => undefined, 1000);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => (chunk.toString().includes('READY') ? resolve() : undefined));
    child.once('exit', (code) => reject(new Error(`launcher exited early with ${code}`)));
  });
  child.kill('SIGKILL'); // no exit handlers run: the postmaster is orphaned and keeps the directory
  await new Promise((resolve) => child.once('exit', resolve));
  const pid = Number((await fs.readFile(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
  expect(() => process.kill(pid, 0)).not.toThrow();

  const again = await launchEmbeddedPostgres({ databaseDir: path.join(dir, 'postgres'), passwordFile: path.join(dir, 'pw'), databaseName: 'app' });
  try {
    expect(await selectOne(again.databaseUrl)).toBe(1);
    expect(() => process.kill(pid, 0)).toThrow();
  } finally {
    await again.stop();
  }
}, 90_000);

it('runs a cluster whose data directory sits inside a private (0700) directory', async () => {
  const privateDir = await tempDir(0o700);
  const handle = await launchEmbeddedPostgres({
    databaseDir: path.join(privateDir, 'data', 'postgres'),
    passwordFile: path.join(privateDir, 'data', 'pw'),
    databaseName: 'app',
  });
  try {
    expect(await selectOne(handle.databaseUrl)).toBe(1);
    const link = await fs.readlink(path.join(privateDir, 'data', 'postgres')).catch(() => null);
    if (process.getuid?.() === 0) {
      // Root runs PostgreSQL as `postgres`, who cannot enter the private directory: the cluster is
      // relocated to a reachable place and linked from where it was asked for.
      expect(link).toBe(handle.clusterDir);
      expect(handle.clusterDir.startsWith('/var/lib/socialseed/clusters/')).toBe(true);
      cleanup.push(handle.clusterDir);
    } else {
      expect(link).toBeNull();
      expect(handle.clusterDir).toBe(path.join(privateDir, 'data', 'postgres'));
    }
  } finally {
    await handle.stop();
  }
}, 90_000);
