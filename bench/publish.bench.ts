// Publishing load: (a) 10,000 posts due uniformly within one minute, against Sandbox accounts
// and then against the X fake; (b) 10,000 posts due at the same second against Sandbox accounts.
// Prints `figure-name: value unit` lines.
// Runs the real engine (pg-boss queue, claims, delivery, the Sandbox provider and the real X
// connector over HTTP) in this process on a fresh embedded PostgreSQL; the X fake runs in a
// child process, as X would be elsewhere. Only the setup rows are bulk-inserted to keep it short.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
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
import type { FakeXReport, FakeXRequest, FakeXUserTokens } from './support/fake-x-process';

const POSTS = Number(process.env.BENCH_POSTS ?? 10_000);
/** BENCH_ONLY=uniform|x|burst runs one load, e.g. to profile it. */
const ONLY = process.env.BENCH_ONLY;
const runs = (load: 'uniform' | 'x' | 'burst') => !ONLY || ONLY === load;
const ACCOUNTS = 50;
/** X allows 200 posts per 15 minutes per account: 100 accounts carry 10,000 posts at half that. */
const X_ACCOUNTS = 100;
const X_CLIENT_ID = 'socialseed-bench';

/** The X fake in a child process, driven over IPC. */
async function startFakeX(): Promise<{ baseUrl: string; call<T>(command: FakeXRequest): Promise<T>; stop(): void }> {
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'support/fake-x-process.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, (result: unknown) => void>();
  let nextId = 0;
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (message: { ready?: string; id?: number; result?: unknown }) => {
      if (message.ready) resolve(message.ready);
      else if (message.id !== undefined) pending.get(message.id)?.(message.result);
    });
  });
  return {
    baseUrl,
    call<T>(command: FakeXRequest) {
      const id = nextId++;
      return new Promise<T>((resolve) => {
        pending.set(id, (result) => resolve(result as T));
        child.send({ ...command, id });
      });
    },
    stop: () => child.kill(),
  };
}

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'socialseed-bench-publish-'));
await fs.chmod(root, 0o755);
const cluster = await launchEmbeddedPostgres({ databaseDir: path.join(root, 'pg'), passwordFile: path.join(root, 'pw'), databaseName: 'bench' });
const connection = connectDatabase(cluster.databaseUrl, { maxConnections: 20 });
await runMigrations(connection.pool, connection.db);
const log = pino({ level: 'warn' });
const queue = await startJobQueue(cluster.databaseUrl, log);
const fakeX = await startFakeX();
const context = await createServerContext(
  testConfig({ DATABASE_URL: cluster.databaseUrl, DATABASE_POOL_MAX: '20', X_CLIENT_ID, X_API_BASE_URL: fakeX.baseUrl }),
  connection,
  queue,
  log,
);
const jobs = allJobs({ emailTransport: null, findStalePendingEmails: async () => [] });
await queue.registerQueues(jobs);

interface Seed { organizationId: string; brandId: string; platform: 'sandbox' | 'x'; accountIds: string[] }

async function seedBrand(): Promise<{ organizationId: string; brandId: string }> {
  const [organization] = await connection.db.insert(organizations).values({ name: 'Bench', slug: `bench-${crypto.randomUUID()}` }).returning();
  if (!organization) throw new Error('no organization');
  const [brand] = await connection.db.insert(brands).values({ organizationId: organization.id, name: 'Bench brand', industry: 'tech' }).returning();
  if (!brand) throw new Error('no brand');
  return { organizationId: organization.id, brandId: brand.id };
}

async function seedSandboxAccounts(): Promise<Seed> {
  const { organizationId, brandId } = await seedBrand();
  const sealed = context.core.vault.seal({ accessToken: 'sandbox_bench', refreshToken: null, expiresAt: null });
  const rows = await connection.db
    .insert(socialAccounts)
    .values(Array.from({ length: ACCOUNTS }, (_, index) => ({ organizationId, brandId, platform: 'sandbox', platformAccountId: `sandbox:bench${index}`, handle: `bench${index}`, displayName: `Bench ${index}`, baseUrl: 'https://sandbox.socialseed.local', encryptedCredentials: sealed })))
    .returning({ id: socialAccounts.id });
  return { organizationId, brandId, platform: 'sandbox', accountIds: rows.map((row) => row.id) };
}

/** X accounts connected as if each owner had completed the OAuth flow against the fake. */
async function seedXAccounts(): Promise<Seed> {
  const { organizationId, brandId } = await seedBrand();
  const users = await fakeX.call<FakeXUserTokens[]>({ kind: 'addUsers', count: X_ACCOUNTS, clientId: X_CLIENT_ID });
  const rows = await connection.db
    .insert(socialAccounts)
    .values(
      users.map((user) => {
        const expiresAt = new Date(Date.now() + user.expiresIn * 1000);
        const sealed = context.core.vault.seal({ accessToken: user.accessToken, refreshToken: user.refreshToken, expiresAt });
        return { organizationId, brandId, platform: 'x', platformAccountId: user.userId, handle: user.username, displayName: user.username, baseUrl: fakeX.baseUrl, encryptedCredentials: sealed, tokenExpiresAt: expiresAt };
      }),
    )
    .returning({ id: socialAccounts.id });
  return { organizationId, brandId, platform: 'x', accountIds: rows.map((row) => row.id) };
}

/** Scheduled posts with one target each and their jobs, exactly as schedulePost leaves them. */
async function schedule(seed: Seed, dueAt: (index: number) => Date, textOf: (index: number) => string): Promise<string[]> {
  const targetIds: string[] = [];
  for (let offset = 0; offset < POSTS; offset += 1000) {
    const count = Math.min(1000, POSTS - offset);
    const postRows = await connection.db
      .insert(posts)
      .values(Array.from({ length: count }, (_, index) => ({ organizationId: seed.organizationId, brandId: seed.brandId, status: 'scheduled' as const, text: textOf(offset + index), scheduledAt: dueAt(offset + index) })))
      .returning({ id: posts.id, scheduledAt: posts.scheduledAt });
    const targetRows = await connection.db
      .insert(postTargets)
      .values(postRows.map((post, index) => ({ postId: post.id, organizationId: seed.organizationId, socialAccountId: seed.accountIds[(offset + index) % seed.accountIds.length] ?? '', platform: seed.platform, status: 'scheduled' as const, scheduledAt: post.scheduledAt, nextAttemptAt: post.scheduledAt })))
      .returning({ id: postTargets.id, scheduledAt: postTargets.scheduledAt });
    await context.core.uow.jobs.enqueue(targetRows.map((target) => ({ name: PUBLISH_JOB, data: { targetId: target.id }, startAfter: target.scheduledAt ?? new Date(), priority: queuePriority.normal })));
    targetIds.push(...targetRows.map((target) => target.id));
  }
  return targetIds;
}

interface Outcome { published: number; latenessP50: number; latenessP99: number; lastPublishedAt: number; duplicates: number }

async function waitForPublished(targetIds: string[], deadline: number): Promise<void> {
  const ids = sql.join(targetIds.map((id) => sql`${id}::uuid`), sql`, `);
  for (;;) {
    const [row] = (await connection.db.execute<{ published: string }>(sql`SELECT count(*)::text AS published FROM post_targets WHERE status = 'published' AND id IN (${ids})`)).rows;
    if (Number(row?.published) >= targetIds.length || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;

/** Lateness = when the Sandbox accepted the post (its created_at) − when it was due. */
async function sandboxOutcome(targetIds: string[], deadline: number): Promise<Outcome> {
  await waitForPublished(targetIds, deadline);
  const ids = sql.join(targetIds.map((id) => sql`${id}::uuid`), sql`, `);
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

/** Lateness = when the X fake accepted the post − when it was due; posts are told apart by their text. */
async function xOutcome(targetIds: string[], dueAt: (index: number) => Date, textOf: (index: number) => string, deadline: number): Promise<Outcome & { statuses: Record<string, number>; violations: number }> {
  await waitForPublished(targetIds, deadline);
  const report = await fakeX.call<FakeXReport>({ kind: 'report' });
  const acceptedAt = new Map<string, number[]>();
  for (const tweet of report.tweets) acceptedAt.set(tweet.text, [...(acceptedAt.get(tweet.text) ?? []), tweet.createdAt]);
  const lateness: number[] = [];
  let duplicates = 0;
  let last = 0;
  for (let index = 0; index < targetIds.length; index++) {
    const landed = acceptedAt.get(textOf(index));
    if (!landed) continue;
    if (landed.length > 1) duplicates += 1;
    const first = Math.min(...landed);
    last = Math.max(last, first);
    lateness.push(first - dueAt(index).getTime());
  }
  lateness.sort((a, b) => a - b);
  return { published: lateness.length, latenessP50: percentile(lateness, 0.5), latenessP99: percentile(lateness, 0.99), lastPublishedAt: last, duplicates, statuses: report.createStatuses, violations: report.violations };
}

function pgbenchTps(): number | null {
  try {
    const url = new URL(cluster.adminUrl);
    const env = { ...process.env, PGPASSWORD: decodeURIComponent(url.password) };
    const target = ['-h', '127.0.0.1', '-p', url.port, '-U', url.username];
    execFileSync('pgbench', [...target, '-i', '-q', '-s', '10', 'bench'], { env, stdio: 'ignore' });
    const output = execFileSync('pgbench', [...target, '-c', '8', '-j', '2', '-T', '15', 'bench'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const match = /tps = ([\d.]+)/.exec(output);
    return match ? Number(match[1]) : null;
  } catch {
    return null; // pgbench is not installed: the raw write rate is simply not reported
  }
}

try {
  const sandbox = await seedSandboxAccounts();
  const x = await seedXAccounts();
  await queue.startWorkers(jobs, context);

  // (a) 10,000 posts due uniformly within one minute, starting once scheduling is surely done.
  if (runs('uniform')) {
    const startA = Date.now() + 20_000;
    const dueA = (index: number) => new Date(startA + Math.floor((index * 60_000) / POSTS));
    const uniform = await schedule(sandbox, dueA, (index) => `Bench post ${index}`);
    const a = await sandboxOutcome(uniform, startA + 60_000 + 5 * 60_000);
    console.log(`sandbox-lateness-p50: ${Math.round(a.latenessP50)} ms`);
    console.log(`sandbox-lateness-p99: ${Math.round(a.latenessP99)} ms`);
    console.log(`uniform-duplicates: ${a.duplicates} posts`);
    console.log(`uniform-lost: ${POSTS - a.published} posts`);
  }

  // (a) again through the real X connector and the X fake over HTTP.
  if (runs('x')) {
    const startX = Date.now() + 20_000;
    const dueX = (index: number) => new Date(startX + Math.floor((index * 60_000) / POSTS));
    const xText = (index: number) => `Bench post ${index} for X`;
    const uniformX = await schedule(x, dueX, xText);
    const ax = await xOutcome(uniformX, dueX, xText, startX + 60_000 + 5 * 60_000);
    console.log(`x-lateness-p50: ${Math.round(ax.latenessP50)} ms`);
    console.log(`x-lateness-p99: ${Math.round(ax.latenessP99)} ms`);
    console.log(`x-duplicates: ${ax.duplicates} posts`);
    console.log(`x-lost: ${POSTS - ax.published} posts`);
    console.log(`x-rate-limited: ${ax.statuses['429'] ?? 0} requests`);
    console.log(`x-spec-violations: ${ax.violations} requests`);
  }

  // (b) 10,000 posts due at the same second, as at 09:00.
  if (runs('burst')) {
    const startB = Date.now() + 20_000;
    const burst = await schedule(sandbox, () => new Date(startB), (index) => `Bench burst post ${index}`);
    const b = await sandboxOutcome(burst, startB + 10 * 60_000);
    const drainSeconds = (b.lastPublishedAt - startB) / 1000;
    console.log(`burst-drain: ${drainSeconds.toFixed(1)} s`);
    console.log(`publish-throughput: ${Math.round(b.published / drainSeconds)} posts/s`);
    console.log(`burst-duplicates: ${b.duplicates} posts`);
    console.log(`burst-lost: ${POSTS - b.published} posts`);
  }

  const tps = ONLY ? null : pgbenchTps();
  if (tps !== null) console.log(`database-tpcb: ${Math.round(tps)} tps`);
} finally {
  fakeX.stop();
  await queue.stop();
  await connection.close();
  await cluster.stop();
  await fs.rm(root, { recursive: true, force: true });
}
