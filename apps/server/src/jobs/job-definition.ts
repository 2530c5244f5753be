import type { z } from 'zod';
import type { Logger } from 'pino';
import type { ServerContext } from '../server-context';

export interface RetryPolicy {
  /** Attempts after the first before the job is dead-lettered. */
  limit: number;
  delaySeconds: number;
  /** Exponential backoff (pg-boss adds jitter) instead of a fixed delay. */
  backoff: boolean;
}

export interface JobRunContext {
  server: ServerContext;
  log: Logger;
  jobId: string;
  /** True when a failure now would exhaust the retry budget. */
  finalAttempt: boolean;
}

/**
 * A job is a name, a zod payload and a handler; retries, backoff and dead-lettering come from
 * its `retry` policy, applied in one place (the job queue).
 */
export interface JobDefinition<Schema extends z.ZodType = z.ZodType> {
  name: string;
  payload: Schema;
  retry: RetryPolicy;
  /**
   * Jobs one process runs at once. pg-boss polls, so this is also throughput per poll interval;
   * the total across machines is this times the number of worker processes.
   */
  concurrency?: number;
  /**
   * Jobs one worker slot fetches per poll and runs side by side. Only for handlers that record
   * their own outcomes: if one job of a batch throws, pg-boss retries the whole batch, so every
   * handler must be safe to run again (publishing is: a repeated job finds nothing to claim).
   */
  batchSize?: number;
  /** Cron schedule (UTC) for recurring jobs; enqueued once per tick however many workers run. */
  cron?: string;
  handler(payload: z.infer<Schema>, run: JobRunContext): Promise<void>;
  /**
   * Runs a whole fetched batch in one call instead of `handler` per job, for work that shares
   * database statements across the batch (publishing claims and records 25 targets at once).
   * The same rule holds: it must be safe to run again, since pg-boss retries the batch on a throw.
   */
  handleBatch?(payloads: Array<z.infer<Schema>>, run: Omit<JobRunContext, 'jobId' | 'finalAttempt'>): Promise<void>;
}

export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  return definition;
}
