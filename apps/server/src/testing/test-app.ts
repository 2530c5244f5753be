import { inject } from 'vitest';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import { connectDatabase, readJobCounts, type DatabaseConnection } from '@socialseed/db';
import { createFreshDatabase } from '@socialseed/db/testing/fresh-database';
import { buildApp } from '../app';
import type { JobQueue } from '../jobs/job-queue';
import { createServerContext } from '../runtime/create-context';
import type { ServerContext } from '../server-context';
import { testConfig } from './test-config';

export interface TestApp {
  app: FastifyInstance;
  context: ServerContext;
  connection: DatabaseConnection;
  databaseUrl: string;
  /** The app's clock: real time plus `advance()`d offsets, for expiry and grace-period tests. */
  clock: { advance(ms: number): void };
  /** Every registered route as `METHOD /url`. */
  routes: string[];
  /** Outbox ids handed to the (recording) job queue, in order. */
  dispatchedEmails: string[];
  /** Jobs written through repositories (e.g. publish jobs), in order. */
  writtenJobs: Array<{ name: string; data: object; startAfter?: Date }>;
  close(): Promise<void>;
}

/**
 * The real HTTP app and domain on a fresh PostgreSQL database of its own. The job queue is a
 * recording stand-in (jobs are tested separately against real pg-boss), so API tests stay fast.
 */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await createFreshDatabase(inject('postgresAdminUrl'));
  const connection = connectDatabase(database.databaseUrl, { maxConnections: 5 });
  const config = testConfig({ DATABASE_URL: database.databaseUrl, ...overrides });
  const dispatchedEmails: string[] = [];
  const writtenJobs: TestApp['writtenJobs'] = [];
  const recordingQueue: JobQueue = {
    registerQueues: async () => undefined,
    enqueue: async (_name, payload) => {
      const id = (payload as { outboxEmailId?: string }).outboxEmailId;
      if (id) dispatchedEmails.push(id);
      return null;
    },
    writeJobs: async (jobs) => {
      writtenJobs.push(...jobs);
    },
    startWorkers: async () => undefined,
    status: async () => ({ ok: true, detail: 'recording queue (tests)' }),
    stop: async () => undefined,
  };
  let offsetMs = 0;
  const context = await createServerContext(config, connection, recordingQueue, pino({ level: 'silent' }));
  context.core.clock = { now: () => new Date(Date.now() + offsetMs) };
  const routes: string[] = [];
  const app = await buildApp(context, {
    jobs: { jobCounts: () => readJobCounts(connection.db).catch(() => []) },
    onRoute: (route) => {
      for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
    },
  });
  await app.ready();
  return {
    app,
    context,
    connection,
    databaseUrl: database.databaseUrl,
    clock: { advance: (ms) => void (offsetMs += ms) },
    routes,
    dispatchedEmails,
    writtenJobs,
    async close() {
      await app.close();
      await connection.close();
      await database.drop();
    },
  };
}
