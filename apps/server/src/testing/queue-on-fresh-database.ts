import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseConnection } from '@socialseed/db';
import { createFreshDatabase, type FreshDatabase } from '@socialseed/db/testing/fresh-database';
import { allJobs } from '../jobs/index';
import { startJobQueue, type JobQueue } from '../jobs/job-queue';

export interface QueueOnFreshDatabase {
  database: FreshDatabase;
  connection: DatabaseConnection;
  /** The real pg-boss queue with every job's queue registered (no workers in this process). */
  queue: JobQueue;
  /** A DATA_DIR for worker processes started by the test. */
  dataDir: string;
  close(): Promise<void>;
}

/** What the multi-process job tests share: a fresh database, its queue, and a data directory. */
export async function createQueueOnFreshDatabase(label: string): Promise<QueueOnFreshDatabase> {
  const database = await createFreshDatabase(inject('postgresAdminUrl'));
  const connection = connectDatabase(database.databaseUrl, { maxConnections: 6 });
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `socialseed-${label}-`));
  const queue = await startJobQueue(database.databaseUrl, pino({ level: 'silent' }));
  await queue.registerQueues(allJobs({ emailTransport: null, findStalePendingEmails: async () => [] }));
  return {
    database,
    connection,
    queue,
    dataDir,
    async close() {
      await queue.stop();
      await connection.close();
      await database.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
