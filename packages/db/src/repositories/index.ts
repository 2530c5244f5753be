import type { Repositories, UnitOfWork } from '@socialseed/core/ports/repositories';
import type { Database, Executor } from '../client';
import { createAuditLogsRepository } from './audit-logs.repository';
import { createBrandsRepository } from './brands.repository';
import { createEmailOutboxRepository } from './email-outbox.repository';
import { createInvitationsRepository } from './invitations.repository';
import { createMediaRepository } from './media.repository';
import { createMembershipsRepository } from './memberships.repository';
import { createOrganizationsRepository } from './organizations.repository';
import { createRateLimitRepository } from './rate-limits.repository';
import { createSessionsRepository } from './sessions.repository';
import { createUserTokensRepository } from './user-tokens.repository';
import { createUsersRepository } from './users.repository';

export function createRepositories(db: Executor): Repositories {
  return {
    users: createUsersRepository(db),
    organizations: createOrganizationsRepository(db),
    memberships: createMembershipsRepository(db),
    sessions: createSessionsRepository(db),
    userTokens: createUserTokensRepository(db),
    invitations: createInvitationsRepository(db),
    brands: createBrandsRepository(db),
    media: createMediaRepository(db),
    auditLogs: createAuditLogsRepository(db),
    emailOutbox: createEmailOutboxRepository(db),
    rateLimits: createRateLimitRepository(db),
  };
}

export function createUnitOfWork(db: Database): UnitOfWork {
  return {
    ...createRepositories(db),
    transaction: (fn) => db.transaction((tx) => fn(createRepositories(tx))),
  };
}
