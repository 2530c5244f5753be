import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import pino from 'pino';
import { connectDatabase, createRepositories, type DatabaseConnection } from '@socialseed/db';
import { createFreshDatabase, type FreshDatabase } from '@socialseed/db/testing/fresh-database';
import { startJobQueue, type JobQueue } from './job-queue';
import { allJobs } from './index';

const JOBS = 60;
const repoRoot = path.resolve(import.meta.dirname, '../../../..');

interface WorkerProcess {
  child: ChildProcess;
  lines: Array<Record<string, unknown>>;
}

/** Starts `ROLE=worker` exactly as production does (main.ts), capturing its JSON log lines. */
function startWorker(databaseUrl: string, dataDir: string): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ROLE: 'worker', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'debug', JWT_SECRET: 'x'.repeat(40) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const worker: WorkerProcess = { child, lines: [] };
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const complete = buffer.split('\n');
    buffer = complete.pop() ?? '';
    for (const line of complete) {
      try {
        worker.lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line
      }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  return worker;
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

let database: FreshDatabase;
let connection: DatabaseConnection;
let queue: JobQueue;
let dataDir: string;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  database = await createFreshDatabase(inject('postgresAdminUrl'));
  connection = connectDatabase(database.databaseUrl, { maxConnections: 4 });
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'socialseed-workers-'));
  queue = await startJobQueue(database.databaseUrl, pino({ level: 'silent' }));
  await queue.registerQueues(allJobs({ emailTransport: null, findStalePendingEmails: async () => [] }));
  workers.push(startWorker(database.databaseUrl, dataDir), startWorker(database.databaseUrl, dataDir));
  await waitFor(() => workers.every((worker) => worker.lines.some((line) => line.msg === 'worker role started')), 60_000, 'both workers');
}, 90_000);

afterAll(async () => {
  for (const worker of workers) worker.child.kill('SIGTERM');
  await Promise.all(workers.map((worker) => new Promise((resolve) => (worker.child.exitCode !== null ? resolve(null) : worker.child.once('exit', resolve)))));
  await queue?.stop();
  await connection?.close();
  await database?.drop();
  await fs.rm(dataDir, { recursive: true, force: true });
});

it('two worker processes share one queue and never run the same job twice', async () => {
  const repos = createRepositories(connection.db, { writer: queue.writeJobs, executeSql: (text, values) => connection.pool.query(text, values) });
  const jobIds = new Set<string>();
  for (let index = 0; index < JOBS; index++) {
    const email = await repos.emailOutbox.enqueue({
      toAddress: `person${index}@example.test`,
      subject: `Message ${index}`,
      text: 'Hello',
      actionUrl: `http://localhost/x?token=${index}`,
      kind: 'test',
      organizationId: null,
      recipientUserId: null,
    });
    const jobId = await queue.enqueue('email.send', { outboxEmailId: email.id });
    if (jobId) jobIds.add(jobId);
  }
  expect(jobIds.size).toBe(JOBS);

  await waitFor(async () => (await repos.emailOutbox.list({ page: 1, limit: 1 })).total === JOBS && workers.flatMap(startedJobs).length >= JOBS, 120_000, 'all jobs to run');
  const delivered = await repos.emailOutbox.list({ page: 1, limit: 100 });
  expect(delivered.items.every((email) => email.status === 'logged')).toBe(true);

  const runs = workers.map(startedJobs);
  const allRuns = runs.flat();
  // Every job ran, exactly once, and both processes took a share of the work.
  expect(new Set(allRuns)).toEqual(jobIds);
  expect(allRuns).toHaveLength(JOBS);
  expect(runs.every((ids) => ids.length > 0)).toBe(true);
}, 150_000);

function startedJobs(worker: WorkerProcess): string[] {
  return worker.lines.filter((line) => line.msg === 'job started' && line.job === 'email.send').map((line) => String(line.jobId));
}
