/** Roles from most to least powerful; the order is the rank used by permission checks. */
export const roles = ['owner', 'admin', 'manager', 'editor', 'viewer'] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { owner: 5, admin: 4, manager: 3, editor: 2, viewer: 1 };

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

/** Whether `actor` may hand out or take away `target` (nobody grants above their own rank). */
export function canManageRole(actor: Role, target: Role): boolean {
  return rank[actor] >= rank[target];
}
