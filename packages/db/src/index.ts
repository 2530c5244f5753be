export { connectDatabase, type Database, type DatabaseConnection } from './client';
export { runMigrations, assertServerVersion, migrationsFolder } from './migrate';
export { createRepositories, createUnitOfWork, type ExecuteSql, type JobWriter } from './repositories/index';
export { launchEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded/launch-embedded-postgres';
export { getOrCreateInstanceSecret } from './instance-secrets';
export { readJobCounts, pingDatabase } from './repositories/job-stats.repository';
export { findStalePendingEmails } from './repositories/pending-emails.repository';
