import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { connectDatabase, launchEmbeddedPostgres, runMigrations, type DatabaseConnection, type EmbeddedPostgresHandle } from '@socialseed/db';
import { sweepDeliveries } from '@socialseed/core/publishing/sweep-deliveries';
import { buildApp } from '../app';
import { startJobQueue, type JobQueue } from './job-queue';
import { allJobs } from './index';
import { createServerContext } from '../runtime/create-context';
import type { ServerContext } from '../server-context';
import { testConfig } from '../testing/test-config';
import { authHeaders, registerUser } from '../testing/api-helpers';
import { connectSandboxAccount } from '../testing/fixtures';
import { waitFor } from '../testing/worker-process';

const POSTS = 60;
let root: string;
let cluster: EmbeddedPostgresHandle;
let connection: DatabaseConnection;
let queue: JobQueue;
let context: ServerContext;
const launch = (port?: number) =>
  launchEmbeddedPostgres({ databaseDir: path.join(root, 'pg'), passwordFile: path.join(root, 'pw'), databaseName: 'restart', ...(port ? { port } : {}) });

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'socialseed-restart-'));
  await fs.chmod(root, 0o755);
  cluster = await launch();
  connection = connectDatabase(cluster.databaseUrl, { maxConnections: 8 });
  await runMigrations(connection.pool, connection.db);
  const log = pino({ level: 'silent' });
  queue = await startJobQueue(cluster.databaseUrl, log);
  context = await createServerContext(testConfig({ DATABASE_URL: cluster.databaseUrl, PUBLISH_CLAIM_LEASE_SECONDS: '15' }), connection, queue, log);
  const jobs = allJobs({ emailTransport: null, findStalePendingEmails: async () => [] });
  await queue.registerQueues(jobs);
  await queue.startWorkers(jobs, context);
}, 60_000);

afterAll(async () => {
  await queue?.stop().catch(() => undefined);
  await connection?.close();
  await cluster?.stop();
  await fs.rm(root, { recursive: true, force: true });
});

it('publishes every post that fell due while PostgreSQL was down, once, after it comes back', async () => {
  const app = await buildApp(context, { jobs: { jobCounts: async () => [] } });
  await app.ready();
  const owner = await registerUser(app);
  const { accountId, brandId } = await connectSandboxAccount(app, owner);
  const dueAt = new Date(Date.now() + 8_000);
  for (let index = 0; index < POSTS; index++) {
    const created = await app.inject({ method: 'POST', url: '/api/v1/posts', headers: authHeaders(owner.accessToken), payload: { brandId, text: `Due during the outage ${index}`, accountIds: [accountId] } });
    const postId = created.json().post.id as string;
    await app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/submit`, headers: authHeaders(owner.accessToken) });
    const scheduled = await app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/schedule`, headers: authHeaders(owner.accessToken), payload: { scheduledAt: dueAt.toISOString() } });
    expect(scheduled.statusCode).toBe(200);
  }
  await app.close();

  // The database goes away before the posts are due and comes back after they were.
  await cluster.stop();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt.getTime() - Date.now()) + 4_000));
  cluster = await launch(cluster.port);

  await waitFor(
    async () => {
      // In production the sweep runs every minute with a 2-minute grace; here it runs often with a short one.
      await sweepDeliveries({ ...context.core, settings: { ...context.core.settings, delivery: { ...context.core.settings.delivery, claimLeaseMs: 15_000, overdueGraceMs: 1_000 } } }).catch(() => undefined);
      const result = await connection.db.execute<{ published: string }>(sql`SELECT count(*)::text AS published FROM post_targets WHERE status = 'published'`).catch(() => null);
      return Number(result?.rows[0]?.published ?? 0) === POSTS;
    },
    90_000,
    'every post to be published after the restart',
  );
  const copies = await connection.db.execute<{ max: string; total: string }>(sql`SELECT max(c)::text AS max, sum(c)::text AS total FROM (SELECT count(*) AS c FROM sandbox_posts GROUP BY idempotency_key) AS per_target`);
  expect(copies.rows[0]).toEqual({ max: '1', total: String(POSTS) });
}, 180_000);
