/**
 * Query keys in one place. Everything except `organizations` and `instanceMeta` belongs to the
 * current organization and is reset when the person switches organization.
 */
export const queryKeys = {
  instanceMeta: ['instance-meta'] as const,
  organizations: ['organizations'] as const,
  currentOrganization: ['organization', 'current'] as const,
  brands: ['brands'] as const,
  brand: (brandId: string) => ['brands', brandId] as const,
  members: ['members'] as const,
  invitations: ['invitations'] as const,
  deviceSessions: ['device-sessions'] as const,
  media: (mediaId: string) => ['media', mediaId] as const,
  auditLogs: (page: number, action: string) => ['audit-logs', page, action] as const,
  outboxAll: ['outbox'] as const,
  outbox: (page: number) => ['outbox', page] as const,
  socialAccounts: ['social-accounts'] as const,
  /** Under `socialAccounts`, so refreshing the accounts refreshes their health too. */
  accountHealth: (accountId: string) => ['social-accounts', 'health', accountId] as const,
  /** Everything about posts (library, detail, calendar): invalidated together after any change. */
  posts: ['posts'] as const,
  postList: (filters: object) => ['posts', 'list', filters] as const,
  post: (postId: string) => ['posts', 'detail', postId] as const,
  postPreview: (postId: string) => ['posts', 'preview', postId] as const,
  /** Every calendar window, for updating all of them at once when a post moves. */
  calendarAll: ['posts', 'calendar'] as const,
  calendar: (from: string, to: string, brandId: string) => ['posts', 'calendar', from, to, brandId] as const,
  postValidation: (platform: string, accountId: string, text: string) => ['post-validation', platform, accountId, text] as const,
  /** The AI studio's tier, budget and threshold; refreshed after every generation (spend changes). */
  aiOverview: ['ai', 'overview'] as const,
  aiTasksAll: ['ai', 'tasks'] as const,
  aiTasks: (page: number, agent: string, status: string) => ['ai', 'tasks', 'list', page, agent, status] as const,
  aiTask: (taskId: string) => ['ai', 'tasks', 'detail', taskId] as const,
  aiUsage: (from: string, to: string) => ['ai', 'usage', from, to] as const,
  safetyLists: (brandId: string) => ['brands', brandId, 'safety-lists'] as const,
  /** Everything about trends: refetched together when a refresh run finishes. */
  trendsAll: ['trends'] as const,
  brandTrends: (brandId: string) => ['trends', 'brand', brandId] as const,
  latestTrendRun: ['trends', 'runs', 'latest'] as const,
  trendSettings: (brandId: string) => ['trends', 'settings', brandId] as const,
  trend: (trendId: string) => ['trends', 'detail', trendId] as const,
  /** Everything measured about a brand: refetched together after a sync or a simulated history. */
  analyticsAll: ['analytics'] as const,
  analyticsOfBrand: (brandId: string) => ['analytics', brandId] as const,
  /** `part` names the endpoint; `options` the period and any sort or interval. */
  analytics: (brandId: string, part: string, options: object) => ['analytics', brandId, part, options] as const,
  learnedModel: (brandId: string) => ['analytics', brandId, 'learning'] as const,
  abTests: (brandId: string) => ['analytics', brandId, 'ab-tests'] as const,
  /** A brand's alerts; under analytics so a sync or a simulated history reads them again too. */
  brandNotifications: (brandId: string) => ['analytics', brandId, 'notifications'] as const,
  /** The organization's notifications page and the unread count beside it in the top bar. */
  notifications: (page: number) => ['notifications', 'page', page] as const,
  unreadNotifications: ['notifications', 'unread'] as const,
  deliveryStatus: ['posts', 'delivery-status'] as const,
};

/** Keys that describe the instance or the person, not one organization: kept across a switch. */
export const organizationIndependentKeys: readonly string[] = [queryKeys.instanceMeta[0], queryKeys.organizations[0]];
