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
import { startWorkerProcess, stopWorkers, waitFor, type WorkerProcess } from '../testing/worker-process';

const JOBS = 60;

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
  const env = { DATABASE_URL: database.databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'debug' };
  workers.push(startWorkerProcess(env), startWorkerProcess(env));
  await waitFor(() => workers.every((worker) => worker.lines.some((line) => line.msg === 'worker role started')), 60_000, 'both workers');
}, 90_000);

afterAll(async () => {
  await stopWorkers(workers);
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
