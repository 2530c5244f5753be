import type { BrandTrendsRepository, ImageHashesRepository, TrendRunsRepository, TrendsRepository } from './trend-repositories';
import type { Pagination, Page } from '../shared/pagination';
import type { LearningModelsRepository } from './learning-repositories';
import type { AnalyticsRepository, CompetitorsRepository } from './analytics-repositories';
import type { AbTestsRepository } from './ab-test-repositories';
import type { EngagementAlertsRepository, NotificationsRepository } from './notification-repositories';
import type { AudienceSnapshotsRepository, EngagementRepository } from './engagement-repositories';
import type { Role } from '../organizations/roles';
import type { BrandRecord, BrandWrite } from '../brands/brand';
import type { MediaAssetRecord, MediaStorageUsage, MediaUse, NewMediaAsset } from '../media/media-asset';
import type { AiCacheRepository, BrandSafetyListsRepository } from './ai-content-repositories';
import type { AiSettingsRepository, AiTasksRepository } from './ai-repositories';
import type { JobsRepository, PostsRepository, SandboxPostsRepository, SocialAccountsRepository, TargetsRepository, DeliveryBatchRepository, ThrottleRepository, OAuthStatesRepository } from './publishing-repositories';
import type {
  AuditEntry,
  AuditLogView,
  InvitationRecord,
  MemberView,
  MembershipRecord,
  OrganizationRecord,
  OrganizationSummary,
  OutboxEmail,
  OutboxEmailRecord,
  SessionRecord,
  UserRecord,
  UserTokenPurpose,
  UserTokenRecord,
} from './entities';

export interface UsersRepository {
  findById(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  create(input: { email: string; name: string; passwordHash: string }): Promise<UserRecord>;
  update(id: string, patch: Partial<Pick<UserRecord, 'name' | 'passwordHash' | 'emailVerifiedAt'>>): Promise<UserRecord>;
}

export interface OrganizationsRepository {
  findById(id: string): Promise<OrganizationRecord | null>;
  slugExists(slug: string): Promise<boolean>;
  create(input: { name: string; slug: string }): Promise<OrganizationRecord>;
  update(id: string, patch: Partial<Pick<OrganizationRecord, 'name' | 'slug' | 'requireApproval'>>): Promise<OrganizationRecord>;
  listForUser(userId: string, pagination: Pagination): Promise<Page<OrganizationSummary>>;
}

export interface MembershipsRepository {
  find(organizationId: string, userId: string): Promise<MembershipRecord | null>;
  findById(organizationId: string, membershipId: string): Promise<MembershipRecord | null>;
  /** The membership used when a request names no organization: the user's oldest. */
  findDefault(userId: string): Promise<MembershipRecord | null>;
  create(input: { organizationId: string; userId: string; role: Role }): Promise<MembershipRecord>;
  updateRole(membershipId: string, role: Role): Promise<MembershipRecord>;
  delete(membershipId: string): Promise<void>;
  countInOrganization(organizationId: string): Promise<number>;
  countWithRole(organizationId: string, role: Role): Promise<number>;
  listMembers(organizationId: string, pagination: Pagination): Promise<Page<MemberView>>;
  findMember(organizationId: string, membershipId: string): Promise<MemberView | null>;
}

export interface SessionsRepository {
  create(input: { userId: string; refreshTokenHash: string; device: string; ip: string | null; userAgent: string | null; expiresAt: Date }): Promise<SessionRecord>;
  findByTokenHash(hash: string): Promise<SessionRecord | null>;
  /** The session that once held this hash, for reuse detection. */
  findByPreviousTokenHash(hash: string): Promise<SessionRecord | null>;
  /**
   * Swaps the current hash for a new one only if it is still `expectedHash`, so two concurrent
   * refreshes cannot both succeed. Returns false when another request rotated it first.
   */
  rotate(id: string, expectedHash: string, newHash: string, now: Date, expiresAt: Date): Promise<boolean>;
  revoke(id: string, reason: string, now: Date): Promise<void>;
  revokeAllForUser(userId: string, reason: string, now: Date): Promise<void>;
  listActiveForUser(userId: string, now: Date, pagination: Pagination): Promise<Page<SessionRecord>>;
  findActiveForUser(userId: string, sessionId: string, now: Date): Promise<SessionRecord | null>;
}

export interface UserTokensRepository {
  create(input: { userId: string; purpose: UserTokenPurpose; tokenHash: string; expiresAt: Date }): Promise<void>;
  /** Marks a valid, unused token used and returns it; null when unknown, used or expired. */
  consume(tokenHash: string, purpose: UserTokenPurpose, now: Date): Promise<UserTokenRecord | null>;
}

export interface InvitationsRepository {
  create(input: { organizationId: string; email: string; role: Role; tokenHash: string; invitedByUserId: string; expiresAt: Date }): Promise<InvitationRecord>;
  findPendingByTokenHash(tokenHash: string, now: Date): Promise<InvitationRecord | null>;
  findPendingByEmail(organizationId: string, email: string, now: Date): Promise<InvitationRecord | null>;
  findById(organizationId: string, id: string): Promise<InvitationRecord | null>;
  listPending(organizationId: string, now: Date, pagination: Pagination): Promise<Page<InvitationRecord>>;
  countPending(organizationId: string, now: Date): Promise<number>;
  markAccepted(id: string, now: Date): Promise<void>;
  revoke(id: string, now: Date): Promise<void>;
}

export interface BrandsRepository {
  list(organizationId: string, pagination: Pagination): Promise<Page<BrandRecord>>;
  findById(organizationId: string, id: string): Promise<BrandRecord | null>;
  /** Same as findById, locking the row (SELECT … FOR UPDATE) until the transaction ends. */
  findByIdForUpdate(organizationId: string, id: string): Promise<BrandRecord | null>;
  create(organizationId: string, createdByUserId: string, input: BrandWrite): Promise<BrandRecord>;
  update(organizationId: string, id: string, patch: BrandWrite): Promise<BrandRecord>;
  /** Status is not part of BrandWrite: only activation changes it, after its completeness check. */
  setStatus(organizationId: string, id: string, status: BrandRecord['status']): Promise<BrandRecord>;
  delete(organizationId: string, id: string): Promise<void>;
}

export interface MediaRepository {
  create(input: NewMediaAsset, bytes: Buffer): Promise<MediaAssetRecord>;
  /**
   * `lock` holds the row until the transaction ends: `update` for deleting it, `share` for
   * attaching it to a post or a brand — so a delete and an attach of one asset never interleave
   * (the delete either sees the new use and refuses, or the attach finds the asset gone).
   */
  findById(organizationId: string, id: string, lock?: 'update' | 'share'): Promise<MediaAssetRecord | null>;
  readBytes(organizationId: string, id: string): Promise<Buffer | null>;
  /** Newest first. */
  list(organizationId: string, pagination: Pagination): Promise<Page<MediaAssetRecord>>;
  /** Total stored bytes and asset count of the organization. */
  usage(organizationId: string): Promise<MediaStorageUsage>;
  /** What still needs the asset: brand logos and posts not yet published or cancelled. */
  findUses(organizationId: string, id: string): Promise<MediaUse[]>;
  /** Sets the asset's alt text; null when there is no such asset in the organization. */
  updateAltText(organizationId: string, id: string, altText: string | null): Promise<MediaAssetRecord | null>;
  /** Removes the asset and its bytes; false when there was nothing to remove. */
  delete(organizationId: string, id: string): Promise<boolean>;
}

export interface AuditLogsRepository {
  record(entry: AuditEntry): Promise<void>;
  list(organizationId: string, filter: { action?: string; actorUserId?: string }, pagination: Pagination): Promise<Page<AuditLogView>>;
}

export interface EmailOutboxRepository {
  enqueue(email: OutboxEmail): Promise<OutboxEmailRecord>;
  findById(id: string): Promise<OutboxEmailRecord | null>;
  /**
   * Claims a pending email for one send until `until`; false when it is delivered, failed, or
   * another worker holds an unexpired claim (a retry racing the sweep sends it once).
   */
  claimForSending(id: string, now: Date, until: Date): Promise<boolean>;
  markDelivered(id: string, status: 'sent' | 'logged', now: Date): Promise<void>;
  markAttemptFailed(id: string, error: string, final: boolean): Promise<void>;
  /** Instance-wide, newest first: for operators' tooling and tests, never for tenants. */
  list(pagination: Pagination): Promise<Page<OutboxEmailRecord>>;
  /** Newest first: the organization's mail plus the mail addressed to this user, nothing else. */
  listVisibleTo(organizationId: string, userId: string, pagination: Pagination): Promise<Page<OutboxEmailRecord>>;
}

export interface RateLimitRepository {
  /** Adds one hit to the key's current fixed window and returns the hits in that window. */
  hit(key: string, windowStart: Date): Promise<number>;
  clear(key: string): Promise<void>;
}

/** Every repository, bound either to the pool or to one transaction. */
export interface Repositories {
  socialAccounts: SocialAccountsRepository;
  posts: PostsRepository;
  targets: TargetsRepository;
  deliveryBatch: DeliveryBatchRepository;
  brandSafetyLists: BrandSafetyListsRepository;
  aiCache: AiCacheRepository;
  aiTasks: AiTasksRepository;
  aiSettings: AiSettingsRepository;
  jobs: JobsRepository;
  sandboxPosts: SandboxPostsRepository;
  throttle: ThrottleRepository;
  oauthStates: OAuthStatesRepository;
  users: UsersRepository;
  organizations: OrganizationsRepository;
  memberships: MembershipsRepository;
  sessions: SessionsRepository;
  userTokens: UserTokensRepository;
  invitations: InvitationsRepository;
  brands: BrandsRepository;
  media: MediaRepository;
  auditLogs: AuditLogsRepository;
  emailOutbox: EmailOutboxRepository;
  rateLimits: RateLimitRepository;
  trendRuns: TrendRunsRepository;
  trends: TrendsRepository;
  brandTrends: BrandTrendsRepository;
  imageHashes: ImageHashesRepository;
  engagement: EngagementRepository;
  audienceSnapshots: AudienceSnapshotsRepository;
  notifications: NotificationsRepository;
  engagementAlerts: EngagementAlertsRepository;
  abTests: AbTestsRepository;
  learningModels: LearningModelsRepository;
  analytics: AnalyticsRepository;
  competitors: CompetitorsRepository;
}

/** Runs work atomically; repositories handed to `fn` share one transaction. */
export interface UnitOfWork extends Repositories {
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
}
