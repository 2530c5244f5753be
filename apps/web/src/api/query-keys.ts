/**
 * Query keys in one place. Everything except `organizations` belongs to the current
 * organization and is reset when the person switches organization.
 */
export const queryKeys = {
  organizations: ['organizations'] as const,
  currentOrganization: ['organization', 'current'] as const,
  brands: ['brands'] as const,
  brand: (brandId: string) => ['brands', brandId] as const,
  members: ['members'] as const,
  invitations: ['invitations'] as const,
  deviceSessions: ['device-sessions'] as const,
  media: (mediaId: string) => ['media', mediaId] as const,
  auditLogs: (page: number, action: string) => ['audit-logs', page, action] as const,
};
