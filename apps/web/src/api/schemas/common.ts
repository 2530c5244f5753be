import { z } from 'zod';

/** Roles from most to least powerful; the order matters for "at least admin" checks. */
export const roles = ['owner', 'admin', 'manager', 'editor', 'viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Every list endpoint answers this envelope (see docs/api.md, Conventions). */
export function paginated<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int(),
  });
}

/** Largest page the API allows; the UI lists whole collections that stay small (members, brands). */
export const maxPageSize = 100;

export function isAtLeast(role: Role | undefined, minimum: Role): boolean {
  if (!role) return false;
  return roles.indexOf(role) <= roles.indexOf(minimum);
}
