import PgBoss from 'pg-boss';
import type { JobWriter } from '@socialseed/db';
import type { Logger } from 'pino';
import type { ServerContext } from '../server-context';
import type { JobDefinition } from './job-definition';

const DEAD_LETTER_SUFFIX = '.dead';
/** pg-boss's smallest poll interval; a worker slot takes one job per poll. */
const POLL_SECONDS = 0.5;

export interface JobQueue {
  /** Creates every queue (and its dead-letter queue); idempotent, safe from many processes. */
  registerQueues(definitions: JobDefinition[]): Promise<void>;
  enqueue(name: string, payload: object, options?: { singletonKey?: string; priority?: number; startAfter?: Date }): Promise<string | null>;
  /** Inserts jobs through the given connection, e.g. inside the caller's transaction. */
  writeJobs: JobWriter;
  /** Starts consuming every definition's queue and installs cron schedules (worker role). */
  startWorkers(definitions: JobDefinition[], server: ServerContext): Promise<void>;
  status(): Promise<{ ok: boolean; detail?: string }>;
  stop(): Promise<void>;
}

/**
 * pg-boss on the application's PostgreSQL: jobs are rows, fetched with SELECT … FOR UPDATE SKIP
 * LOCKED, so any number of worker processes on any number of machines share the queue and no
 * job is handed to two of them.
 */
export async function startJobQueue(databaseUrl: string, log: Logger): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 4 });
  let lastError: string | undefined;
  boss.on('error', (error: Error) => {
    lastError = error.message;
    log.error({ err: error }, 'job queue error');
  });
  await boss.start();

  /** One polling loop taking one job at a time; a thrown error hands the job to pg-boss's retry policy. */
  async function consume(definition: JobDefinition, server: ServerContext): Promise<void> {
    const batchSize = definition.batchSize ?? 1;
    await boss.work<object>(definition.name, { includeMetadata: true, batchSize, pollingIntervalSeconds: POLL_SECONDS }, async (jobs) => {
      if (definition.handleBatch) {
        const payloads = jobs.map((job) => {
          const parsed = definition.payload.safeParse(job.data);
          if (parsed.success) return parsed.data;
          log.error({ job: definition.name, jobId: job.id, issues: parsed.error.issues }, 'job payload invalid');
          throw new Error(`invalid payload for ${definition.name}: ${parsed.error.message}`);
        });
        const batchLog = log.child({ job: definition.name, batch: jobs.length });
        try {
          await definition.handleBatch(payloads, { server, log: batchLog });
        } catch (error) {
          // pg-boss retries the batch quietly; operators must still see why it failed.
          batchLog.error({ err: error }, 'job batch failed; pg-boss will retry it');
          throw error;
        }
        return;
      }
      const results = await Promise.allSettled(
        jobs.map(async (job) => {
          const jobLog = log.child({ job: definition.name, jobId: job.id });
          jobLog.debug({ attempt: job.retryCount + 1, workerPid: process.pid }, 'job started');
          const parsed = definition.payload.safeParse(job.data);
          if (!parsed.success) {
            jobLog.error({ issues: parsed.error.issues }, 'job payload invalid');
            throw new Error(`invalid payload for ${definition.name}: ${parsed.error.message}`);
          }
          await definition.handler(parsed.data, { server, log: jobLog, jobId: job.id, finalAttempt: job.retryCount >= job.retryLimit });
        }),
      );
      const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failed) throw failed.reason;
    });
  }

  return {
    async registerQueues(definitions) {
      for (const definition of definitions) {
        const deadLetter = `${definition.name}${DEAD_LETTER_SUFFIX}`;
        await boss.createQueue(deadLetter, { name: deadLetter, retentionDays: 30 });
        await boss.createQueue(definition.name, {
          name: definition.name,
          policy: 'standard',
          retryLimit: definition.retry.limit,
          retryDelay: definition.retry.delaySeconds,
          retryBackoff: definition.retry.backoff,
          deadLetter,
        });
      }
    },
    enqueue(name, payload, options = {}) {
      return boss.send(name, payload, options);
    },
    async writeJobs(jobs, executeSql) {
      await boss.insert(
        jobs.map((job) => ({
          ...(job.id ? { id: job.id } : {}),
          name: job.name,
          data: job.data,
          ...(job.priority !== undefined ? { priority: job.priority } : {}),
          ...(job.singletonKey ? { singletonKey: job.singletonKey } : {}),
          // pg-boss reads an ISO instant ending in Z as absolute, anything else as an interval.
          ...(job.startAfter ? { startAfter: job.startAfter.toISOString() } : {}),
        })),
        { db: { executeSql } },
      );
    },
    async startWorkers(definitions, server) {
      for (const definition of definitions) {
        for (let slot = 0; slot < (definition.concurrency ?? 1); slot++) await consume(definition, server);
        if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: 'UTC' });
      }
    },
    async status() {
      try {
        await boss.getQueues();
        return lastError ? { ok: true, detail: `last error: ${lastError}` } : { ok: true };
      } catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
