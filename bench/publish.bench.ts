// Publishing load against the Sandbox network: (a) 10,000 posts due uniformly within one minute,
// (b) 10,000 posts due at the same second. Prints `figure-name: value unit` lines.
// Runs the real engine (pg-boss queue, claims, deliverTarget, the Sandbox provider) in this process
// on a fresh embedded PostgreSQL; only the setup rows are bulk-inserted to keep it short.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { connectDatabase, launchEmbeddedPostgres, runMigrations } from '@socialseed/db';
import { brands, organizations, posts, postTargets, socialAccounts } from '@socialseed/db/schema/index';
import { PUBLISH_JOB, queuePriority } from '@socialseed/core/publishing/delivery-policy';
import { allJobs } from '../apps/server/src/jobs/index';
import { startJobQueue } from '../apps/server/src/jobs/job-queue';
import { createServerContext } from '../apps/server/src/runtime/create-context';
import { testConfig } from '../apps/server/src/testing/test-config';

const POSTS = Number(process.env.BENCH_POSTS ?? 10_000);
const ACCOUNTS = 50;

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'socialseed-bench-publish-'));
await fs.chmod(root, 0o755);
const cluster = await launchEmbeddedPostgres({ databaseDir: path.join(root, 'pg'), passwordFile: path.join(root, 'pw'), databaseName: 'bench' });
const connection = connectDatabase(cluster.databaseUrl, { maxConnections: 20 });
await runMigrations(connection.pool, connection.db);
const log = pino({ level: 'warn' });
const queue = await startJobQueue(cluster.databaseUrl, log);
const context = await createServerContext(testConfig({ DATABASE_URL: cluster.databaseUrl, DATABASE_POOL_MAX: '20' }), connection, queue, log);
const jobs = allJobs({ emailTransport: null, findStalePendingEmails: async () => [] });
await queue.registerQueues(jobs);

async function seedAccounts(): Promise<{ organizationId: string; brandId: string; accountIds: string[] }> {
  const [organization] = await connection.db.insert(organizations).values({ name: 'Bench', slug: `bench-${crypto.randomUUID()}` }).returning();
  if (!organization) throw new Error('no organization');
  const [brand] = await connection.db.insert(brands).values({ organizationId: organization.id, name: 'Bench brand', industry: 'tech' }).returning();
  if (!brand) throw new Error('no brand');
  const sealed = context.core.vault.seal({ accessToken: 'sandbox_bench', refreshToken: null, expiresAt: null });
  const rows = await connection.db
    .insert(socialAccounts)
    .values(Array.from({ length: ACCOUNTS }, (_, index) => ({ organizationId: organization.id, brandId: brand.id, platform: 'sandbox', platformAccountId: `sandbox:bench${index}`, handle: `bench${index}`, displayName: `Bench ${index}`, baseUrl: 'https://sandbox.socialseed.local', encryptedCredentials: sealed })))
    .returning({ id: socialAccounts.id });
  return { organizationId: organization.id, brandId: brand.id, accountIds: rows.map((row) => row.id) };
}

/** Scheduled posts with one target each and their jobs, exactly as schedulePost leaves them. */
async function schedule(seed: Awaited<ReturnType<typeof seedAccounts>>, dueAt: (index: number) => Date): Promise<string[]> {
  const targetIds: string[] = [];
  for (let offset = 0; offset < POSTS; offset += 1000) {
    const count = Math.min(1000, POSTS - offset);
    const postRows = await connection.db
      .insert(posts)
      .values(Array.from({ length: count }, (_, index) => ({ organizationId: seed.organizationId, brandId: seed.brandId, status: 'scheduled' as const, text: `Bench post ${offset + index}`, scheduledAt: dueAt(offset + index) })))
      .returning({ id: posts.id, scheduledAt: posts.scheduledAt });
    const targetRows = await connection.db
      .insert(postTargets)
      .values(postRows.map((post, index) => ({ postId: post.id, organizationId: seed.organizationId, socialAccountId: seed.accountIds[(offset + index) % ACCOUNTS] ?? '', platform: 'sandbox', status: 'scheduled' as const, scheduledAt: post.scheduledAt, nextAttemptAt: post.scheduledAt })))
      .returning({ id: postTargets.id, scheduledAt: postTargets.scheduledAt });
    await context.core.uow.jobs.enqueue(targetRows.map((target) => ({ name: PUBLISH_JOB, data: { targetId: target.id }, startAfter: target.scheduledAt ?? new Date(), priority: queuePriority.normal })));
    targetIds.push(...targetRows.map((target) => target.id));
  }
  return targetIds;
}

interface Outcome { published: number; latenessP50: number; latenessP99: number; lastPublishedAt: number; duplicates: number }

async function measure(targetIds: string[], deadline: number): Promise<Outcome> {
  const ids = sql.join(targetIds.map((id) => sql`${id}::uuid`), sql`, `);
  for (;;) {
    const [row] = (await connection.db.execute<{ published: string }>(sql`SELECT count(*)::text AS published FROM post_targets WHERE status = 'published' AND id IN (${ids})`)).rows;
    if (Number(row?.published) >= targetIds.length || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // Lateness = when the platform accepted the post (its created_at) − when it was due.
  const result = await connection.db.execute<{ published: string; p50: string | null; p99: string | null; last: string | null; duplicates: string }>(sql`
    WITH landed AS (
      SELECT t.id, t.scheduled_at, min(s.created_at) AS accepted_at, count(s.id) AS copies
      FROM post_targets t JOIN sandbox_posts s ON s.idempotency_key = t.id::text
      WHERE t.id IN (${ids}) GROUP BY t.id, t.scheduled_at)
    SELECT count(*)::text AS published,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM accepted_at - scheduled_at) * 1000)::text AS p50,
      percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM accepted_at - scheduled_at) * 1000)::text AS p99,
      (extract(epoch FROM max(accepted_at)) * 1000)::text AS last,
      (SELECT count(*) FROM landed WHERE copies > 1)::text AS duplicates
    FROM landed`);
  const row = result.rows[0];
  return { published: Number(row?.published ?? 0), latenessP50: Number(row?.p50 ?? Number.NaN), latenessP99: Number(row?.p99 ?? Number.NaN), lastPublishedAt: Number(row?.last ?? 0), duplicates: Number(row?.duplicates ?? 0) };
}

function pgbenchTps(): number | null {
  try {
    const url = new URL(cluster.adminUrl);
    const env = { ...process.env, PGPASSWORD: decodeURIComponent(url.password) };
    const target = ['-h', '127.0.0.1', '-p', url.port, '-U', url.username];
    execFileSync('pgbench', [...target, '-i', '-q', '-s', '10', 'bench'], { env, stdio: 'ignore' });
    const output = execFileSync('pgbench', [...target, '-c', '8', '-j', '2', '-T', '15', 'bench'], { env, encoding: 'utf8' });
    const match = /tps = ([\d.]+)/.exec(output);
    return match ? Number(match[1]) : null;
  } catch {
    return null; // pgbench is not installed: the raw write rate is simply not reported
  }
}

try {
  const seed = await seedAccounts();
  await queue.startWorkers(jobs, context);

  // (a) 10,000 posts due uniformly within one minute, starting once scheduling is surely done.
  const startA = Date.now() + 20_000;
  const uniform = await schedule(seed, (index) => new Date(startA + Math.floor((index * 60_000) / POSTS)));
  const a = await measure(uniform, startA + 60_000 + 5 * 60_000);
  console.log(`sandbox-lateness-p50: ${Math.round(a.latenessP50)} ms`);
  console.log(`sandbox-lateness-p99: ${Math.round(a.latenessP99)} ms`);
  console.log(`uniform-duplicates: ${a.duplicates} posts`);
  console.log(`uniform-lost: ${POSTS - a.published} posts`);

  // (b) 10,000 posts due at the same second, as at 09:00.
  const startB = Date.now() + 20_000;
  const burst = await schedule(seed, () => new Date(startB));
  const b = await measure(burst, startB + 10 * 60_000);
  const drainSeconds = (b.lastPublishedAt - startB) / 1000;
  console.log(`burst-drain: ${drainSeconds.toFixed(1)} s`);
  console.log(`publish-throughput: ${Math.round(b.published / drainSeconds)} posts/s`);
  console.log(`burst-duplicates: ${b.duplicates} posts`);
  console.log(`burst-lost: ${POSTS - b.published} posts`);

  const tps = pgbenchTps();
  if (tps !== null) console.log(`database-tpcb: ${Math.round(tps)} tps`);
} finally {
  await queue.stop();
  await connection.close();
  await cluster.stop();
  await fs.rm(root, { recursive: true, force: true });
}
