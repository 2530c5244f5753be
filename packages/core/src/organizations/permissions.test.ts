import { describe, expect, it } from 'vitest';
import { can, permissions } from './permissions';
import { canManageRole, roleAtLeast, roles } from './roles';

describe('permission table', () => {
  it('never grants a lower role something a higher role lacks', () => {
    for (const permission of Object.keys(permissions) as Array<keyof typeof permissions>) {
      for (const role of roles) {
        if (!can(role, permission)) continue;
        const higher = roles.filter((other) => roleAtLeast(other, role));
        expect(higher.filter((other) => !can(other, permission)), `${permission} for ${role}`).toEqual([]);
      }
    }
  });

  it('keeps administration to owners and admins', () => {
    expect(roles.filter((role) => can(role, 'audit.read'))).toEqual(['owner', 'admin']);
    expect(roles.filter((role) => can(role, 'members.invite'))).toEqual(['owner', 'admin']);
  });

  it('lets nobody hand out a role above their own', () => {
    expect(canManageRole('admin', 'owner')).toBe(false);
    expect(canManageRole('admin', 'admin')).toBe(true);
    expect(canManageRole('owner', 'owner')).toBe(true);
  });
});
