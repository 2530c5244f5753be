import { afterAll, beforeAll, expect, it } from 'vitest';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import type { DatabaseConnection } from '@socialseed/db';
import { createQueueOnFreshDatabase, type QueueOnFreshDatabase } from '../testing/queue-on-fresh-database';
import { sweepDeliveries } from '@socialseed/core/publishing/sweep-deliveries';
import { buildApp } from '../app';
import { createServerContext } from '../runtime/create-context';
import type { ServerContext } from '../server-context';
import { testConfig } from '../testing/test-config';
import { authHeaders, registerUser } from '../testing/api-helpers';
import { connectSandboxAccount } from '../testing/fixtures';
import { startWorkerProcess, stopWorkers, waitFor, type WorkerProcess } from '../testing/worker-process';

const POSTS = 600;
const KILLS = 50;
/** Gap between consecutive posts' due times: 600 × 120 ms spreads them over 72 s. */
const SPREAD_MS = 120;
/** Comfortably longer than one Sandbox call (400 ms) even on a loaded CI machine. */
const LEASE_SECONDS = 10;

let env: QueueOnFreshDatabase;
let connection: DatabaseConnection;
let context: ServerContext;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  env = await createQueueOnFreshDatabase('crash');
  connection = env.connection;
  const config = testConfig({ DATABASE_URL: env.database.databaseUrl, PUBLISH_CLAIM_LEASE_SECONDS: String(LEASE_SECONDS) });
  context = await createServerContext(config, connection, env.queue, pino({ level: 'silent' }));
}, 60_000);

afterAll(async () => {
  await stopWorkers(workers);
  await env?.close();
});

/** The sweep as production runs it, but with a short overdue grace: jobs of killed workers stay "active" in pg-boss. */
const sweep = () => sweepDeliveries({ ...context.core, settings: { ...context.core.settings, delivery: { ...context.core.settings.delivery, claimLeaseMs: LEASE_SECONDS * 1000, overdueGraceMs: 5_000 } } });

const counts = async () => {
  const result = await connection.db.execute<{ status: string; count: string }>(sql`SELECT status, count(*)::text AS count FROM post_targets GROUP BY status`);
  return Object.fromEntries(result.rows.map((row) => [row.status, Number(row.count)]));
};

it(`loses and duplicates nothing when workers are killed with SIGKILL mid-publish ${KILLS} times`, async () => {
  // Posts are scheduled through the API, exactly as people do.
  const app = await buildApp(context, { jobs: { jobCounts: async () => [] } });
  await app.ready();
  const owner = await registerUser(app);
  const { accountId, brandId } = await connectSandboxAccount(app, owner);
  for (let index = 0; index < POSTS; index++) {
    // Due times are spread over about a minute so that the workers stay busy while the kills
    // happen: posts all due at once go out in one batch of a few hundred milliseconds, and a
    // fast machine then finishes before the kills start (CI once saw a single kill).
    const dueAt = new Date(Date.now() + 3_000 + index * SPREAD_MS).toISOString();
    const created = await app.inject({ method: 'POST', url: '/api/v1/posts', headers: authHeaders(owner.accessToken), payload: { brandId, text: `Crash test ${index}`, accountIds: [accountId] } });
    const postId = created.json().post.id as string;
    await app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/submit`, headers: authHeaders(owner.accessToken) });
    const scheduled = await app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/schedule`, headers: authHeaders(owner.accessToken), payload: { scheduledAt: dueAt } });
    expect(scheduled.statusCode).toBe(200);
  }
  await app.close();

  // Workers answer slowly, so a kill often lands after the Sandbox accepted a post but before
  // the worker recorded it: exactly the window where a naive engine publishes twice.
  const workerEnv = { DATABASE_URL: env.database.databaseUrl, DATA_DIR: env.dataDir, LOG_LEVEL: 'warn', SANDBOX_ANSWER_DELAY_MS: '400', PUBLISH_CLAIM_LEASE_SECONDS: String(LEASE_SECONDS) };
  workers.push(startWorkerProcess(workerEnv), startWorkerProcess(workerEnv));
  await waitFor(async () => ((await counts()).published ?? 0) > 0, 60_000, 'the first publications');

  let kills = 0;
  while (kills < KILLS) {
    const busy = await counts();
    // Nothing left to interrupt once everything is out. (Targets claimed by a killed worker still
    // count: they wait for their lease to lapse and are verified, and kills go on meanwhile.)
    if ((busy.published ?? 0) === POSTS) break;
    const victim = workers.find((worker) => worker.child.exitCode === null && worker.child.signalCode === null);
    if (victim) {
      victim.child.kill('SIGKILL');
      await victim.exited;
      kills += 1;
      workers.push(startWorkerProcess(workerEnv));
    }
    // The sweep runs every minute in production; here it runs on each kill to keep the test short.
    await sweep();
    await new Promise((resolve) => setTimeout(resolve, 250 + Math.random() * 500));
  }

  await waitFor(
    async () => {
      await sweep();
      const now = await counts();
      return (now.published ?? 0) === POSTS;
    },
    120_000,
    'every target to be published',
  );
  const copies = await connection.db.execute<{ max: string; total: string; distinct: string }>(
    sql`SELECT max(c)::text AS max, sum(c)::text AS total, count(*)::text AS distinct FROM (SELECT count(*) AS c FROM sandbox_posts GROUP BY idempotency_key) AS per_target`,
  );
  expect(kills).toBeGreaterThanOrEqual(Math.min(KILLS, 10));
  expect(copies.rows[0]).toEqual({ max: '1', total: String(POSTS), distinct: String(POSTS) });
}, 300_000);
