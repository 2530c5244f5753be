import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRepositories } from '@socialseed/db';
import { createQueueOnFreshDatabase, type QueueOnFreshDatabase } from '../testing/queue-on-fresh-database';
import { startWorkerProcess, stopWorkers, waitFor, type WorkerProcess } from '../testing/worker-process';

const JOBS = 60;

let env: QueueOnFreshDatabase;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  env = await createQueueOnFreshDatabase('workers');
  const workerEnv = { DATABASE_URL: env.database.databaseUrl, DATA_DIR: env.dataDir, LOG_LEVEL: 'debug' };
  workers.push(startWorkerProcess(workerEnv), startWorkerProcess(workerEnv));
  await waitFor(() => workers.every((worker) => worker.lines.some((line) => line.msg === 'worker role started')), 60_000, 'both workers');
}, 90_000);

afterAll(async () => {
  await stopWorkers(workers);
  await env?.close();
});

it('two worker processes share one queue and never run the same job twice', async () => {
  const repos = createRepositories(env.connection.db, { writer: env.queue.writeJobs, executeSql: (text, values) => env.connection.pool.query(text, values) });
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
    const jobId = await env.queue.enqueue('email.send', { outboxEmailId: email.id });
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
