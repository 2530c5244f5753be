import pino from 'pino';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { connectDatabase, readJobCounts, type DatabaseConnection } from '@socialseed/db';
import { createFreshDatabase } from '@socialseed/db/testing/fresh-database';
import { createSandboxProvider, type SandboxFault } from '@socialseed/connectors/social/sandbox/sandbox.provider';
import { sandboxConnector } from '@socialseed/connectors/social/sandbox/sandbox.connector';
import { buildApp } from '../app';
import { allJobs } from '../jobs/index';
import { startJobQueue, type JobQueue } from '../jobs/job-queue';
import { createProviderRegistry } from '../publishing/provider-registry';
import { createServerContext } from '../runtime/create-context';
import type { ServerContext } from '../server-context';
import { testConfig } from './test-config';

export interface DeliveryHarness {
  app: FastifyInstance;
  context: ServerContext;
  connection: DatabaseConnection;
  queue: JobQueue;
  /** Faults the Sandbox network produces on its next publish calls, in order. */
  sandboxFaults: SandboxFault[];
  close(): Promise<void>;
}

/**
 * The API and a worker in one process on a fresh database, with the real pg-boss queue and the
 * real jobs — only the Sandbox network's faults are scripted by the test.
 */
export async function createDeliveryHarness(options: { config?: Record<string, string> } = {}): Promise<DeliveryHarness> {
  const database = await createFreshDatabase(inject('postgresAdminUrl'));
  const connection = connectDatabase(database.databaseUrl, { maxConnections: 8 });
  const log = pino({ level: 'silent' });
  const queue = await startJobQueue(database.databaseUrl, log);
  const context = await createServerContext(testConfig({ DATABASE_URL: database.databaseUrl, ...options.config }), connection, queue, log);
  const sandboxFaults: SandboxFault[] = [];
  const real = context.core.providers;
  const realBluesky = { provider: real.provider('bluesky'), connector: real.connector('bluesky') };
  if (!realBluesky.provider || !realBluesky.connector) throw new Error('the server registers Bluesky');
  // X is registered only when the config names an X app (X_CLIENT_ID), as in production.
  const realX = { provider: real.provider('x'), connector: real.connector('x') };
  context.core.providers = createProviderRegistry([
    { provider: createSandboxProvider({ posts: context.core.uow.sandboxPosts, clock: context.core.clock, faults: sandboxFaults }), connector: sandboxConnector },
    { provider: realBluesky.provider, connector: realBluesky.connector },
    ...(realX.provider && realX.connector ? [{ provider: realX.provider, connector: realX.connector }] : []),
  ]);
  const jobs = allJobs({ emailTransport: null, findStalePendingEmails: async () => [] });
  await queue.registerQueues(jobs);
  await queue.startWorkers(jobs, context);
  const app = await buildApp(context, { jobs: { jobCounts: () => readJobCounts(connection.db) } });
  await app.ready();
  return {
    app,
    context,
    connection,
    queue,
    sandboxFaults,
    async close() {
      await app.close();
      await queue.stop();
      await connection.close();
      await database.drop();
    },
  };
}

export async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
