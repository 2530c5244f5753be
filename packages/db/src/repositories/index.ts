import { drizzle } from 'drizzle-orm/node-postgres';
import type { Repositories, UnitOfWork } from '@socialseed/core/ports/repositories';
import type { BlobStore } from '@socialseed/core/ports/blob-store';
import type { DatabaseConnection, Executor } from '../client';
import * as schema from '../schema/index';
import { createAuditLogsRepository } from './audit-logs.repository';
import { createLearningModelsRepository } from './learning-models.repository';
import { createAnalyticsRepository } from './analytics.repository';
import { createCompetitorsRepository } from './analytics-competitors.repository';
import { createBrandsRepository } from './brands.repository';
import { createBrandSafetyListsRepository } from './brand-safety-lists.repository';
import { createAiCacheRepository } from './ai-cache.repository';
import { createAiSettingsRepository } from './ai-settings.repository';
import { createAiTasksRepository } from './ai-tasks.repository';
import { createDeliveryBatchRepository } from './delivery-batch.repository';
import { createEmailOutboxRepository } from './email-outbox.repository';
import { createInvitationsRepository } from './invitations.repository';
import { createJobsRepository, type ExecuteSql, type JobWriter } from './jobs.repository';
import { createMediaRepository } from './media.repository';
import { createMembershipsRepository } from './memberships.repository';
import { createOrganizationsRepository } from './organizations.repository';
import { createPostsRepository } from './posts.repository';
import { createRateLimitRepository } from './rate-limits.repository';
import { createSandboxPostsRepository } from './sandbox-posts.repository';
import { createSessionsRepository } from './sessions.repository';
import { createSocialAccountsRepository } from './social-accounts.repository';
import { createTargetsRepository } from './targets.repository';
import { createThrottleRepository } from './throttle.repository';
import { createOAuthStatesRepository } from './oauth-states.repository';
import { createUserTokensRepository } from './user-tokens.repository';
import { createUsersRepository } from './users.repository';
import { createTrendRunsRepository } from './trend-runs.repository';
import { createTrendsRepository } from './trends.repository';
import { createBrandTrendsRepository } from './brand-trends.repository';
import { createImageHashesRepository } from './image-hashes.repository';
import { createEngagementRepository } from './engagement.repository';
import { createEngagementAudienceRepository } from './engagement-audience.repository';
import { createEngagementAlertsRepository, createNotificationsRepository } from './notifications.repository';
import { createAbTestsRepository } from './ab-tests.repository';

export type { ExecuteSql, JobWriter } from './jobs.repository';

/** `blobs`: where new media bytes go instead of PostgreSQL, when a bucket is configured. */
export function createRepositories(db: Executor, jobs: { writer: JobWriter; executeSql: ExecuteSql }, blobs: BlobStore | null = null): Repositories {
  return {
    users: createUsersRepository(db),
    organizations: createOrganizationsRepository(db),
    memberships: createMembershipsRepository(db),
    sessions: createSessionsRepository(db),
    userTokens: createUserTokensRepository(db),
    invitations: createInvitationsRepository(db),
    brands: createBrandsRepository(db),
    media: createMediaRepository(db, blobs),
    auditLogs: createAuditLogsRepository(db),
    emailOutbox: createEmailOutboxRepository(db),
    rateLimits: createRateLimitRepository(db),
    socialAccounts: createSocialAccountsRepository(db),
    posts: createPostsRepository(db),
    targets: createTargetsRepository(db),
    deliveryBatch: createDeliveryBatchRepository(db),
    brandSafetyLists: createBrandSafetyListsRepository(db),
    aiCache: createAiCacheRepository(db),
    aiTasks: createAiTasksRepository(db),
    aiSettings: createAiSettingsRepository(db),
    sandboxPosts: createSandboxPostsRepository(db),
    throttle: createThrottleRepository(db),
    oauthStates: createOAuthStatesRepository(db),
    jobs: createJobsRepository(jobs.writer, jobs.executeSql),
    trendRuns: createTrendRunsRepository(db),
    trends: createTrendsRepository(db),
    brandTrends: createBrandTrendsRepository(db),
    imageHashes: createImageHashesRepository(db),
    engagement: createEngagementRepository(db),
    audienceSnapshots: createEngagementAudienceRepository(db),
    notifications: createNotificationsRepository(db),
    engagementAlerts: createEngagementAlertsRepository(db),
    abTests: createAbTestsRepository(db),
    learningModels: createLearningModelsRepository(db),
    analytics: createAnalyticsRepository(db),
    competitors: createCompetitorsRepository(db),
  };
}

/**
 * Repositories on the pool, plus transactions on one dedicated client. Queue jobs written inside
 * a transaction go through that same client, so a post and its jobs commit or roll back together.
 */
export function createUnitOfWork(connection: DatabaseConnection, jobWriter: JobWriter, blobs: BlobStore | null = null): UnitOfWork {
  const poolSql: ExecuteSql = (text, values) => connection.pool.query(text, values);
  return {
    ...createRepositories(connection.db, { writer: jobWriter, executeSql: poolSql }, blobs),
    async transaction(fn) {
      const client = await connection.pool.connect();
      try {
        await client.query('BEGIN');
        const tx = drizzle(client, { schema });
        const result = await fn(createRepositories(tx, { writer: jobWriter, executeSql: (text, values) => client.query(text, values) }, blobs));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
