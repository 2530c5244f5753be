import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino, { type Logger } from 'pino';
import type { FastifyInstance } from 'fastify';
import { createSmtpTransport } from '@socialseed/connectors/email/smtp-transport';
import { findStalePendingEmails, readJobCounts } from '@socialseed/db';
import { buildApp } from '../app';
import type { Config } from '../config/config';
import { redactedLogPaths } from '../http/logger';
import { allJobs } from '../jobs/index';
import { startJobQueue } from '../jobs/job-queue';
import type { ServerContext } from '../server-context';
import { createServerContext } from './create-context';
import { openDatabase } from './database';

export interface RunningInstance {
  /** Present when this process runs the api role. */
  app: FastifyInstance | null;
  url: string | null;
  context: ServerContext;
  log: Logger;
  stop(): Promise<void>;
}

const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Boots the roles named by ROLE on one database: api (HTTP + web UI), worker (jobs), or both. */
export async function startInstance(config: Config): Promise<RunningInstance> {
  const log = pino({ level: config.LOG_LEVEL, redact: { paths: redactedLogPaths, censor: '[redacted]' }, base: { service: 'socialseed' } });
  const database = await openDatabase(config, log);
  const queue = await startJobQueue(database.databaseUrl, log.child({ component: 'jobs' }));
  const context = await createServerContext(config, database.connection, queue, log);
  const jobs = allJobs({
    emailTransport: config.SMTP_URL ? createSmtpTransport(config.SMTP_URL, config.MAIL_FROM) : null,
    findStalePendingEmails: (olderThan) => findStalePendingEmails(database.connection.db, olderThan),
    trendsCron: config.TRENDS_REFRESH_CRON,
    engagementCron: config.ENGAGEMENT_SYNC_CRON,
    learningCron: config.LEARNING_SCHEDULE_CRON,
  });
  await queue.registerQueues(jobs);

  if (config.ROLE.includes('worker')) {
    await queue.startWorkers(jobs, context);
    log.info({ jobs: jobs.map((job) => job.name) }, 'worker role started');
  }
  let app: FastifyInstance | null = null;
  let url: string | null = null;
  if (config.ROLE.includes('api')) {
    app = await buildApp(context, {
      jobs: { jobCounts: () => readJobCounts(database.connection.db) },
      webDistDir: config.WEB_DIST_DIR ?? defaultWebDist,
    });
    url = await app.listen({ port: config.PORT, host: config.HOST });
    // With PORT=0 the OS picked the port; links in emails must name the real one.
    if (!config.publicUrlConfigured && config.PORT === 0) context.core.settings.publicUrl = `http://localhost:${new URL(url).port}`;
  }
  if (!config.SMTP_URL) log.info('SMTP_URL not set: emails are written to the outbox and their links logged here');

  let stopping: Promise<void> | null = null;
  return {
    app,
    url,
    context,
    log,
    stop() {
      stopping ??= (async () => {
        await app?.close();
        await queue.stop();
        await database.close();
      })();
      return stopping;
    },
  };
}
