import type { JobsRepository, QueueJob } from '@socialseed/core/ports/publishing-repositories';

/** Runs SQL on a specific connection (the pool, or one transaction's client). */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

/** Writes queue jobs through a given connection; the job queue (pg-boss) provides it. */
export type JobWriter = (jobs: QueueJob[], executeSql: ExecuteSql) => Promise<void>;

export function createJobsRepository(writer: JobWriter, executeSql: ExecuteSql): JobsRepository {
  return {
    async enqueue(jobs) {
      if (jobs.length > 0) await writer(jobs, executeSql);
    },
  };
}
