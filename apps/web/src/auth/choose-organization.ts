import type { OrganizationSummary } from '../api/schemas/auth.ts';

/**
 * Picks the organization to work in: the one asked for, else the one used last on this
 * browser, else the first. A remembered id may belong to someone who used this browser
 * before, so it only counts when the person is a member.
 */
export function chooseOrganization(
  organizations: OrganizationSummary[],
  ...candidates: (string | null | undefined)[]
): string | null {
  for (const candidate of candidates) {
    if (candidate && organizations.some((organization) => organization.id === candidate)) return candidate;
  }
  return organizations[0]?.id ?? null;
}
